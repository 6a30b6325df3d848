package ua.fakh.web.meetings;

import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.courses.plugins.meeting_bigbluebutton.BigBlueButtonDouble;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer creates an online session on BigBlueButton; a learner and the trainer join through Fakh
 * and reach the BigBlueButton double with joins whose checksums it accepts (viewer and moderator, each
 * with their Fakh user id); the server's signed report of the meeting, sent to the address Fakh gave
 * it, is kept once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BigBlueButtonJoinIT extends PageTest implements TestPropertyProvider {
    private static final HttpClient OUTSIDE = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final BigBlueButtonDouble bbb = new BigBlueButtonDouble();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.meeting_bigbluebutton.url", bbb.url(),
                "fakh.plugins.meeting_bigbluebutton.secret", BigBlueButtonDouble.SECRET);
    }

    @AfterAll
    void stopDouble() {
        assertThat(bbb.violations).isEmpty();
        bbb.close();
    }

    private static int open(String url) throws IOException, InterruptedException {
        return OUTSIDE.send(java.net.http.HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void participantsFollowTheJoinPageIntoTheMeetingAndItsReportComesBackOnce() throws Exception {
        OnlineWorld world = new OnlineWorld(api, Map.of("meetingProvider", "meeting_bigbluebutton"));
        OnlineWorld.Joins joins = world.joinAsMemberAndHost(browser, server, "Марія Бібібі");
        String learner = joins.learnerEmail();
        Browser.Page join = joins.learner();
        Browser.Page hostJoin = joins.host();
        String meetingId = "fakh-" + world.online;
        UUID learnerId = userId(learner);
        UUID trainerId = userId(world.blended.trainerEmail);

        assertThat(join.status()).isEqualTo(303);
        assertThat(join.location()).startsWith(bbb.url() + "api/join?");
        assertThat(open(join.location())).isEqualTo(302);
        assertThat(open(hostJoin.location())).isEqualTo(302);
        assertThat(bbb.meetings.get(meetingId).joined()).containsExactly(
                new BigBlueButtonDouble.Joined(learnerId.toString(), "Марія Бібібі", false),
                new BigBlueButtonDouble.Joined(trainerId.toString(), "Оксана Тренерка", true));

        // the meeting is over: the server posts its report to the address Fakh gave it
        String address = bbb.meetings.get(meetingId).metadata().get("analytics-callback-url");
        Instant start = Instant.now().minus(5, ChronoUnit.MINUTES);
        byte[] report = BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(meetingId,
                bbb.meetings.get(meetingId).internalMeetingId(), start, Instant.now(), List.of(
                        BigBlueButtonDouble.attendee(learnerId.toString(), "Марія Бібібі", false, List.<Instant[]>of(new Instant[]{start, null})),
                        BigBlueButtonDouble.attendee(trainerId.toString(), "Оксана Тренерка", true, List.<Instant[]>of(new Instant[]{start, null})))));
        String local = server.getURL() + URI.create(address).getPath();
        String bearer = BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, Instant.now().plus(1, ChronoUnit.DAYS));
        List<String> answers = List.of(post(local, report, bearer), post(local, report, bearer));

        assertThat(URI.create(address).getPath()).isEqualTo("/api/public/meetings/" + world.online + "/report");
        assertThat(answers.get(0)).contains("\"outcome\":\"RECORDED\"");
        assertThat(answers.get(1)).contains("\"outcome\":\"ALREADY_RECORDED\"");
    }

    private static String post(String url, byte[] body, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = OUTSIDE.send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", MediaType.APPLICATION_JSON).header("Authorization", bearer)
                .header("User-Agent", "BigBlueButton Analytics Callback").POST(BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
