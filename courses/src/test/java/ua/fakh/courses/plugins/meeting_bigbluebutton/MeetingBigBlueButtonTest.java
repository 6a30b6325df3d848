package ua.fakh.courses.plugins.meeting_bigbluebutton;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.courses.spi.MeetingCallback;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProviderContract;
import ua.fakh.courses.spi.MeetingRejectedException;
import ua.fakh.courses.spi.MeetingReport;
import ua.fakh.courses.spi.MeetingRequest;
import ua.fakh.courses.spi.MeetingRoom;
import ua.fakh.courses.spi.MeetingUnavailableException;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** meeting_bigbluebutton against the BigBlueButton double, which checks every call's checksum: the meeting contract and BBB's own ways. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingBigBlueButtonTest extends MeetingProviderContract {
    private static final Instant NOW = Instant.parse("2026-12-15T12:00:00Z");
    private static final Instant START = Instant.parse("2026-12-15T09:00:00Z");
    private static final Instant FINISH = Instant.parse("2026-12-15T11:00:00Z");
    /** Stops at the server's redirect to its client, as a test of the join needs. */
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final BigBlueButtonDouble bbb = new BigBlueButtonDouble();
    private final MeetingBigBlueButton plugin = plugin(bbb.url(), BigBlueButtonDouble.SECRET, "sha1");

    static MeetingBigBlueButton plugin(String url, String secret, String algorithm) {
        return plugin(url, secret, algorithm, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static MeetingBigBlueButton plugin(String url, String secret, String algorithm, Clock clock) {
        BigBlueButtonSettings settings = new BigBlueButtonSettings(url, secret, algorithm);
        return new MeetingBigBlueButton(settings, new BigBlueButtonApi(settings),
                new BigBlueButtonCallbacks(settings, JsonMapper.createDefault(), clock), clock);
    }

    @Override
    protected MeetingBigBlueButton plugin() {
        return plugin;
    }

    /** The {@code userID} of the join: who BigBlueButton's report will name. */
    @Override
    protected Optional<UUID> participantIn(String joinUrl) {
        return Arrays.stream(URI.create(joinUrl).getRawQuery().split("&")).filter(p -> p.startsWith("userID="))
                .map(p -> UUID.fromString(URLDecoder.decode(p.substring("userID=".length()), StandardCharsets.UTF_8))).findFirst();
    }

    @AfterAll
    void stopDouble() {
        assertThat(bbb.violations).isEmpty();
        bbb.close();
    }

    @Override
    protected MeetingRequest request(UUID sessionId) {
        return new MeetingRequest(sessionId, "Супервізія: складні випадки", START, Duration.ofHours(2),
                "https://fakh.example/api/public/meetings/" + sessionId + "/report", null);
    }

    @Test
    void isOfferedOnlyWithServerSecretAndAKnownChecksum() {
        assertThat(plugin.isConfigured()).isTrue();
        assertThat(plugin.takesTrainerUrl()).isFalse();
        assertThat(plugin(null, BigBlueButtonDouble.SECRET, "sha1").isConfigured()).isFalse();
        assertThat(plugin(bbb.url(), null, "sha1").isConfigured()).isFalse();
        assertThat(plugin(bbb.url(), BigBlueButtonDouble.SECRET, "md5").isConfigured()).isFalse();
    }

    @Test
    void opensTheMeetingWithBothCallbacksPointingAtFakh() {
        UUID session = UUID.randomUUID();
        MeetingRoom room = plugin.open(request(session));

        assertThat(room.roomId()).isEqualTo("fakh-" + session);
        BigBlueButtonDouble.Call create = bbb.callsOf("create").stream()
                .filter(c -> room.roomId().equals(c.parameters().get("meetingID"))).findFirst().orElseThrow();
        String callback = "https://fakh.example/api/public/meetings/" + session + "/report";
        assertThat(create.parameters()).containsEntry("name", "Супервізія: складні випадки").containsEntry("record", "false")
                .containsEntry("meetingKeepEvents", "true").containsEntry("meta_endCallbackUrl", callback)
                .containsEntry("meta_analytics-callback-url", callback);
        assertThat(bbb.meetings.get(room.roomId()).metadata()).containsEntry("analytics-callback-url", callback);
    }

    @Test
    void openingAgainKeepsTheServersMeeting() {
        UUID session = UUID.randomUUID();
        MeetingRoom first = plugin.open(request(session));
        String internal = bbb.meetings.get(first.roomId()).internalMeetingId();
        MeetingRoom again = plugin.open(request(session));
        assertThat(again).isEqualTo(first);
        assertThat(bbb.meetings.get(first.roomId()).internalMeetingId()).isEqualTo(internal);
    }

    @Test
    void aJoinTakesThePersonInWithTheirRoleAndFakhUserId() throws Exception {
        MeetingRoom room = plugin.open(request(UUID.randomUUID()));
        UUID trainer = UUID.randomUUID();
        UUID learner = UUID.randomUUID();

        String trainerUrl = plugin.joinUrl(room, new MeetingParticipant(trainer, "Ірина Тренерка", true));
        String learnerUrl = plugin.joinUrl(room, new MeetingParticipant(learner, "Олена Коваль & Co", false));

        assertThat(trainerUrl).startsWith(bbb.url() + "api/join?");
        assertThat(follow(trainerUrl).statusCode()).isEqualTo(302);
        assertThat(follow(learnerUrl).statusCode()).isEqualTo(302);
        assertThat(bbb.meetings.get(room.roomId()).joined()).containsExactly(
                new BigBlueButtonDouble.Joined(trainer.toString(), "Ірина Тренерка", true),
                new BigBlueButtonDouble.Joined(learner.toString(), "Олена Коваль & Co", false));
        assertThat(bbb.callsOf("join").get(0).parameters()).containsEntry("redirect", "true");
    }

    @Test
    void aJoinCreatesAgainAMeetingTheServerForgot() throws Exception {
        MovableClock clock = new MovableClock();
        MeetingBigBlueButton plugin = plugin(bbb.url(), BigBlueButtonDouble.SECRET, "sha1", clock);
        MeetingRoom room = plugin.open(request(UUID.randomUUID()));
        clock.advance(Duration.ofMinutes(6));
        bbb.meetings.remove(room.roomId()); // nobody joined for minutes: the server dropped it

        String url = plugin.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Петро", false));

        assertThat(follow(url).statusCode()).isEqualTo(302);
        assertThat(bbb.meetings.get(room.roomId()).metadata()).containsKey("analytics-callback-url");
    }

    @Test
    void aBurstOfJoinsCreatesTheMeetingOnce() {
        MovableClock clock = new MovableClock();
        MeetingBigBlueButton plugin = plugin(bbb.url(), BigBlueButtonDouble.SECRET, "sha1", clock);
        MeetingRoom room = plugin.open(request(UUID.randomUUID()));
        for (int i = 0; i < 50; i++) {
            plugin.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Учасник " + i, false));
        }
        clock.advance(MeetingBigBlueButton.RECENTLY_CREATED);
        plugin.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Пізніший", false));
        assertThat(bbb.callsOf("create")).filteredOn(c -> room.roomId().equals(c.parameters().get("meetingID"))).hasSize(2);
    }

    @Test
    void signsWithSha256WhenToldTo() throws Exception {
        MeetingBigBlueButton sha256 = plugin(bbb.url(), BigBlueButtonDouble.SECRET, "sha256");
        MeetingRoom room = sha256.open(request(UUID.randomUUID()));
        String url = sha256.joinUrl(room, new MeetingParticipant(UUID.randomUUID(), "Ann", false));
        assertThat(url).matches(".*&checksum=[0-9a-f]{64}$");
        assertThat(follow(url).statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongSecretOrAnUnreachableServerIsUnavailable() {
        MeetingRequest request = request(UUID.randomUUID());
        assertThatThrownBy(() -> plugin(bbb.url(), "not-the-secret", "sha1").open(request))
                .isInstanceOf(MeetingUnavailableException.class).hasMessageContaining("checksumError")
                .extracting("reason").isEqualTo(MeetingUnavailableException.Reason.REFUSED);
        assertThat(bbb.meetings).doesNotContainKey("fakh-" + request.sessionId());
        assertThatThrownBy(() -> plugin("http://127.0.0.1:1/bigbluebutton", BigBlueButtonDouble.SECRET, "sha1").open(request))
                .isInstanceOf(MeetingUnavailableException.class)
                .extracting("reason").isEqualTo(MeetingUnavailableException.Reason.UNREACHABLE);
    }

    @Test
    void endsTheMeetingAndAnEndedOneIsNoError() {
        MeetingRoom room = plugin.open(request(UUID.randomUUID()));
        plugin.end(room);
        assertThat(bbb.meetings).doesNotContainKey(room.roomId());
        plugin.end(room);
        assertThat(bbb.callsOf("end")).filteredOn(c -> room.roomId().equals(c.parameters().get("meetingID"))).hasSize(2);
    }

    @Test
    void readsTheAnalyticsReportIntoStretchesMatchedToFakhUsers() {
        MeetingRoom room = new MeetingRoom("fakh-" + UUID.randomUUID(), Map.of());
        UUID learner = UUID.randomUUID();
        UUID trainer = UUID.randomUUID();
        Map<String, Object> report = BigBlueButtonDouble.analyticsReport(room.roomId(), "abc-1765000000001", START, FINISH, List.of(
                BigBlueButtonDouble.attendee(learner.toString(), "Олена Коваль", false, List.of(
                        new Instant[]{START.plusSeconds(60), START.plusSeconds(1800)},
                        new Instant[]{START.plusSeconds(2400), null})),
                BigBlueButtonDouble.attendee(trainer.toString(), "Ірина Тренерка", true, List.<Instant[]>of(new Instant[]{START, FINISH})),
                BigBlueButtonDouble.attendee("guest-7", "Гість", false, List.<Instant[]>of(new Instant[]{START.plusSeconds(600), START.plusSeconds(900)}))));

        MeetingReport read = plugin.readCallback(post(room, BigBlueButtonDouble.json(report),
                BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, NOW.plusSeconds(86_400)))).orElseThrow();

        assertThat(read.reportKey()).isEqualTo("abc-1765000000001");
        assertThat(read.stretches()).containsExactlyInAnyOrder(
                new MeetingReport.Stretch(learner, learner.toString(), "Олена Коваль", START.plusSeconds(60), START.plusSeconds(1800)),
                new MeetingReport.Stretch(learner, learner.toString(), "Олена Коваль", START.plusSeconds(2400), FINISH),
                new MeetingReport.Stretch(trainer, trainer.toString(), "Ірина Тренерка", START, FINISH),
                new MeetingReport.Stretch(null, "guest-7", "Гість", START.plusSeconds(600), START.plusSeconds(900)));
    }

    @Test
    void theEndOfMeetingNoticeRecordsNothing() {
        MeetingRoom room = new MeetingRoom("fakh-" + UUID.randomUUID(), Map.of());
        assertThat(plugin.readCallback(new MeetingCallback(room, "GET", Map.of("meetingID", List.of(room.roomId()),
                "recordingmarks", List.of("false")), Map.of(), null, new byte[0]))).isEmpty();
    }

    @Test
    void refusesReportsNotSignedWithTheSecretOrExpired() {
        MeetingRoom room = new MeetingRoom("fakh-" + UUID.randomUUID(), Map.of());
        byte[] body = BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(room.roomId(), "k", START, FINISH, List.of()));
        String unsignedToken = "Bearer eyJhbGciOiJub25lIn0.eyJleHAiOjE5MDAwMDAwMDB9.";
        assertRejected(room, body, BigBlueButtonDouble.bearer("another-secret", NOW.plusSeconds(60)), BigBlueButtonBearer.UNSIGNED);
        assertRejected(room, body, null, BigBlueButtonBearer.UNSIGNED);
        assertRejected(room, body, "Bearer not.a.jwt", BigBlueButtonBearer.UNSIGNED);
        assertRejected(room, body, unsignedToken, BigBlueButtonBearer.UNSIGNED);
        assertRejected(room, body, BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, NOW.minusSeconds(1)), BigBlueButtonBearer.EXPIRED);
    }

    @Test
    void refusesMalformedReportsAndReportsOfAnotherMeeting() {
        MeetingRoom room = new MeetingRoom("fakh-" + UUID.randomUUID(), Map.of());
        String bearer = BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, NOW.plusSeconds(60));
        List<Map<String, Object>> backwards = List.of(BigBlueButtonDouble.attendee(UUID.randomUUID().toString(), "Назад", false,
                List.<Instant[]>of(new Instant[]{FINISH, START})));
        assertRejected(room, "{not json".getBytes(StandardCharsets.UTF_8), bearer, BigBlueButtonAnalytics.MALFORMED);
        assertRejected(room, "[]".getBytes(StandardCharsets.UTF_8), bearer, BigBlueButtonAnalytics.MALFORMED);
        assertRejected(room, BigBlueButtonDouble.json(Map.of("meeting_id", room.roomId(), "data", Map.of())), bearer,
                BigBlueButtonAnalytics.MALFORMED);
        assertRejected(room, BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(room.roomId(), "k", START, FINISH, backwards)),
                bearer, BigBlueButtonAnalytics.MALFORMED);
        assertRejected(room, BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(room.roomId(), "k\u0000", START, FINISH, List.of())),
                bearer, BigBlueButtonAnalytics.MALFORMED);
        assertRejected(room, BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport("fakh-other", "k", START, FINISH, List.of())),
                bearer, BigBlueButtonAnalytics.OTHER_MEETING);
    }

    @Test
    void readsRubyStyleTimesToo() {
        assertThat(BigBlueButtonAnalytics.time("2026-12-15 09:00:00 +0200")).isEqualTo(Instant.parse("2026-12-15T07:00:00Z"));
        assertThat(BigBlueButtonAnalytics.time("2026-12-15T09:00:00.000+00:00")).isEqualTo(START);
    }

    private void assertRejected(MeetingRoom room, byte[] body, String authorization, String key) {
        assertThatThrownBy(() -> plugin.readCallback(post(room, body, authorization)))
                .isInstanceOf(MeetingRejectedException.class)
                .satisfies(e -> assertThat(((MeetingRejectedException) e).messageKey()).isEqualTo(key));
    }

    private static MeetingCallback post(MeetingRoom room, byte[] body, String authorization) {
        Map<String, String> headers = authorization == null ? Map.of("content-type", "application/json")
                : Map.of("content-type", "application/json", "authorization", authorization);
        return new MeetingCallback(room, "POST", Map.of(), headers, "application/json", body);
    }

    private static HttpResponse<String> follow(String url) throws IOException, InterruptedException {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
