package ua.fakh.web.meetings;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer creates an online session on a self-hosted Jitsi; a learner and the trainer join through
 * Fakh and reach the Jitsi double, which accepts their tokens (checked with the shared secret, the
 * documented claims, moderator for the trainer only) and refuses one signed with another secret.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JitsiJoinIT extends PageTest implements TestPropertyProvider {
    static final String SECRET = "the-shared-secret-of-this-jitsi-server";
    private final JitsiDouble jitsi = new JitsiDouble("fakh-test", SECRET);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.meeting_jitsi.url", jitsi.url(), "fakh.plugins.meeting_jitsi.app-id", jitsi.appId,
                "fakh.plugins.meeting_jitsi.secret", SECRET);
    }

    @AfterAll
    void stopDouble() {
        jitsi.close();
    }

    private static int open(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void participantsFollowTheJoinPageIntoTheJitsiRoomWithTokensItAccepts() throws Exception {
        OnlineWorld world = new OnlineWorld(api, Map.of("meetingProvider", "meeting_jitsi"));
        OnlineWorld.Joins joins = world.joinAsMemberAndHost(browser, server, "Марія Джитсі");
        String learner = joins.learnerEmail();
        Browser.Page join = joins.learner();
        Browser.Page hostJoin = joins.host();
        String room = "fakh" + world.online.toString().replace("-", "");

        assertThat(join.status()).isEqualTo(303);
        assertThat(join.location()).startsWith(jitsi.url() + "/" + room + "?jwt=");
        assertThat(open(join.location())).isEqualTo(200);
        assertThat(open(hostJoin.location())).isEqualTo(200);
        assertThat(jitsi.refusals).isEmpty();
        assertThat(jitsi.entered).containsExactly(
                new JitsiDouble.Entry(room, userId(learner).toString(), "Марія Джитсі", "false"),
                new JitsiDouble.Entry(room, userId(world.blended.trainerEmail).toString(), "Оксана Тренерка", "true"));
    }

    @Test
    void theDoubleRefusesATokenSignedWithAnotherSecretOrForAnotherRoom() throws Exception {
        OnlineWorld world = new OnlineWorld(api, Map.of("meetingProvider", "meeting_jitsi"));
        String room = "fakh" + world.online.toString().replace("-", "");
        int entered = jitsi.entered.size();

        int forged = open(jitsi.url() + "/" + room + "?jwt=" + token(room, "another-secret-of-at-least-32-bytes!!"));
        browser.signIn(world.blended.trainerEmail, Api.PASSWORD);
        String genuine = browser.get("/sessions/" + world.online + "/join").location();
        int elsewhere = open(genuine.replace("/" + room + "?", "/fakhsomeotherroom?"));

        assertThat(forged).isEqualTo(401);
        assertThat(elsewhere).isEqualTo(403);
        assertThat(jitsi.entered).hasSize(entered);
    }

    private String token(String room, String secret) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(jitsi.appId).audience("jitsi").subject("127.0.0.1").claim("room", room)
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("context", Map.of("user", Map.of("id", "x", "name", "Зловмисник", "moderator", "true"))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
