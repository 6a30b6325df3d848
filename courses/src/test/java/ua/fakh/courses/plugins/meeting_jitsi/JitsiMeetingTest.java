package ua.fakh.courses.plugins.meeting_jitsi;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProviderContract;
import ua.fakh.courses.spi.MeetingRoom;
import ua.fakh.courses.spi.MeetingUnavailableException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JitsiMeetingTest extends MeetingProviderContract {
    static final String SECRET = "a-shared-secret-of-32-bytes-or-more!";
    static final Instant NOW = Instant.parse("2026-12-15T07:50:00Z");
    private final JitsiMeeting plugin = new JitsiMeeting(new JitsiSettings("https://meet.fakh.example/", "fakh", SECRET, null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Override
    protected JitsiMeeting plugin() {
        return plugin;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Optional<UUID> participantIn(String joinUrl) {
        Map<String, Object> user = (Map<String, Object>) ((Map<String, Object>) claims(joinUrl).getClaim("context")).get("user");
        return Optional.of(UUID.fromString((String) user.get("id")));
    }

    private static JWTClaimsSet claims(String joinUrl) {
        try {
            SignedJWT jwt = SignedJWT.parse(URI.create(joinUrl).getQuery().substring("jwt=".length()));
            assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
            return jwt.getJWTClaimsSet();
        } catch (Exception unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void signsTheDocumentedClaimsWithTheSharedSecret() throws Exception {
        UUID session = UUID.fromString("0190a0c3-5a1e-7f00-9c1f-3b6a1d2e4f50");
        MeetingRoom room = plugin.open(request(session));
        UUID trainer = UUID.randomUUID();
        String url = plugin.joinUrl(room, new MeetingParticipant(trainer, "Оксана Тренерка", true));

        assertThat(url).startsWith("https://meet.fakh.example/fakh0190a0c35a1e7f009c1f3b6a1d2e4f50?jwt=");
        SignedJWT jwt = SignedJWT.parse(URI.create(url).getQuery().substring(4));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        JWTClaimsSet claims = claims(url);
        assertThat(claims.getIssuer()).isEqualTo("fakh");
        assertThat(claims.getAudience()).containsExactly("jitsi");
        assertThat(claims.getSubject()).isEqualTo("meet.fakh.example");
        assertThat(claims.getClaim("room")).isEqualTo("fakh0190a0c35a1e7f009c1f3b6a1d2e4f50");
        assertThat(claims.getNotBeforeTime().toInstant()).isBefore(NOW.plusSeconds(1));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        Map<String, Object> user = (Map<String, Object>) ((Map<String, Object>) claims.getClaim("context")).get("user");
        assertThat(user).containsEntry("id", trainer.toString()).containsEntry("name", "Оксана Тренерка").containsEntry("moderator", "true");
        String learner = plugin.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Марія", false));
        assertThat(((Map<String, Object>) ((Map<String, Object>) claims(learner).getClaim("context")).get("user")))
                .containsEntry("moderator", "false");
    }

    @Test
    void isNotOfferedWithoutItsSettingsOrWithATooShortSecret() {
        JitsiMeeting unset = new JitsiMeeting(new JitsiSettings(null, null, null, null), Clock.systemUTC());
        JitsiMeeting shortSecret = new JitsiMeeting(new JitsiSettings("https://meet.fakh.example", "fakh", "short", null), Clock.systemUTC());

        assertThat(unset.isConfigured()).isFalse();
        assertThat(shortSecret.isConfigured()).isFalse();
        assertThatThrownBy(() -> unset.open(request(UUID.randomUUID()))).isInstanceOf(MeetingUnavailableException.class)
                .extracting("reason").isEqualTo(MeetingUnavailableException.Reason.NOT_CONFIGURED);
    }
}
