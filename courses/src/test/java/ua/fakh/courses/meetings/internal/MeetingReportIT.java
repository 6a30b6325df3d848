package ua.fakh.courses.meetings.internal;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.meetings.MeetingReported;
import ua.fakh.courses.meetings.ReportedMeetings;
import ua.fakh.courses.plugins.meeting_bigbluebutton.BigBlueButtonDouble;
import ua.fakh.courses.spi.MeetingRoom;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report address with a BigBlueButton room: the server's signed analytics report is kept once,
 * however often and however concurrently it arrives; anything not genuine is refused and leaves no row.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class MeetingReportIT implements TestPropertyProvider {
    private static final Instant START = Instant.parse("2026-12-15T09:00:00Z");
    private static final Instant FINISH = Instant.parse("2026-12-15T11:00:00Z");
    private final BigBlueButtonDouble bbb = new BigBlueButtonDouble();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    MeetingTables tables;
    @Inject
    Outbox outbox;
    @Inject
    ReportedMeetings reported;

    Api api;
    String admin;
    String trainer;
    UUID provider;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.meeting_bigbluebutton.url", bbb.url(),
                "fakh.plugins.meeting_bigbluebutton.secret", BigBlueButtonDouble.SECRET,
                "fakh.public-url", "https://fakh.example");
    }

    @AfterAll
    void stopDouble() {
        assertThat(bbb.violations).isEmpty();
        bbb.close();
    }

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Тренерка Зустрічей", provider, "TRAINER").get("email"), Api.PASSWORD);
    }

    /** A session of a new cohort; online on BigBlueButton (the sessions API opens its room) when {@code online}. */
    private Session session(boolean online) {
        UUID course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Онлайн-семінар"), "summary", "Опис",
                "hours", 4, "outcomes", List.of("Знає"), "language", "uk", "providerId", provider.toString())).body());
        UUID cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група",
                "startsOn", "2026-12-15", "endsOn", "2026-12-15")).body());
        Map<String, Object> session = new java.util.HashMap<>(Map.of("title", "День 1", "startsAt", START.toString(), "hours", 2));
        if (online) {
            session.putAll(Map.of("mode", "ONLINE", "meetingProvider", "meeting_bigbluebutton"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) api.post(trainer, "/api/cohorts/" + cohort + "/sessions", session)
                .body().get("sessions");
        UUID id = Api.id(sessions.get(0));
        return new Session(id, online ? new MeetingRoom("fakh-" + id, Map.of()) : null);
    }

    record Session(UUID id, MeetingRoom room) {
    }

    private UUID learner(String name) {
        return Api.id(api.createUser(admin, name, provider, "LEARNER"));
    }

    private byte[] report(Session session, String internalMeetingId, List<Map<String, Object>> attendees) {
        return BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(session.room().roomId(), internalMeetingId, START, FINISH, attendees));
    }

    private HttpResponse<Map<String, Object>> post(UUID sessionId, byte[] body, String authorization) {
        MutableHttpRequest<byte[]> request = HttpRequest.POST("/api/public/meetings/" + sessionId + "/report", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.exchange(request);
    }

    private static String signed() {
        return BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void keepsTheSignedReportOnceWithStretchesMatchedToPeople() {
        Session session = session(true);
        UUID olena = learner("Олена Коваль");
        UUID petro = learner("Петро Гнатюк");
        byte[] body = report(session, "c62c9c205d37-1765789200000", List.of(
                BigBlueButtonDouble.attendee(olena.toString(), "Олена Коваль", false, List.of(
                        new Instant[]{START.plusSeconds(120), START.plusSeconds(3600)},
                        new Instant[]{START.plusSeconds(3900), null})),
                BigBlueButtonDouble.attendee(petro.toString(), "Петро Гнатюк", false, List.<Instant[]>of(
                        new Instant[]{START.plusSeconds(600), START.plusSeconds(1200)})),
                BigBlueButtonDouble.attendee("phone-guest", "Гість з телефону", false, List.<Instant[]>of(
                        new Instant[]{START, START.plusSeconds(60)}))));

        String address = "https://fakh.example/api/public/meetings/" + session.id() + "/report";
        assertThat(bbb.meetings.get(session.room().roomId()).metadata()).containsEntry("endCallbackUrl", address)
                .containsEntry("analytics-callback-url", address);

        HttpResponse<Map<String, Object>> first = post(session.id(), body, signed());
        assertThat(first.code()).isEqualTo(200);
        assertThat(first.body()).containsEntry("outcome", "RECORDED");
        String reportId = (String) first.body().get("reportId");
        assertThat(tables.stretchLines(session.id())).containsExactlyInAnyOrder(
                olena + " " + olena + " Олена Коваль " + START.plusSeconds(120) + " " + START.plusSeconds(3600),
                olena + " " + olena + " Олена Коваль " + START.plusSeconds(3900) + " " + FINISH,
                petro + " " + petro + " Петро Гнатюк " + START.plusSeconds(600) + " " + START.plusSeconds(1200),
                "- phone-guest Гість з телефону " + START + " " + START.plusSeconds(60));

        HttpResponse<Map<String, Object>> retried = post(session.id(), body, signed());
        assertThat(retried.code()).isEqualTo(200);
        assertThat(retried.body()).containsEntry("outcome", "ALREADY_RECORDED").containsEntry("reportId", reportId);
        assertThat(tables.reports(session.id())).isEqualTo(1);
        assertThat(tables.stretches(session.id())).isEqualTo(4);

        outbox.deliverDue();
        outbox.deliverDue();
        assertThat(reported.of(session.id())).containsExactly(new MeetingReported(session.id(), UUID.fromString(reportId)));
    }

    @Test
    void aReportSentManyTimesAtOnceIsKeptOnce() throws Exception {
        Session session = session(true);
        UUID olena = learner("Олена Одночасна");
        byte[] body = report(session, "concurrent-1765789200000", List.of(BigBlueButtonDouble.attendee(olena.toString(),
                "Олена Одночасна", false, List.<Instant[]>of(new Instant[]{START, FINISH}))));
        int copies = 6;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<Map<String, Object>>>> answers = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return post(session.id(), body, signed());
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<HttpResponse<Map<String, Object>>> answer : answers) {
                HttpResponse<Map<String, Object>> response = answer.get();
                assertThat(response.code()).isEqualTo(200);
                outcomes.add((String) response.body().get("outcome"));
            }
            assertThat(outcomes).containsOnlyOnce("RECORDED").containsOnly("RECORDED", "ALREADY_RECORDED");
        } finally {
            pool.shutdownNow();
        }
        assertThat(tables.reports(session.id())).isEqualTo(1);
        assertThat(tables.stretches(session.id())).isEqualTo(1);
        outbox.deliverDue();
        assertThat(reported.of(session.id())).hasSize(1);
    }

    @Test
    void refusesWhatIsNotAGenuineReportAndKeepsNothing() {
        Session session = session(true);
        byte[] good = report(session, "refused-1765789200000", List.of(BigBlueButtonDouble.attendee(UUID.randomUUID().toString(),
                "Хтось", false, List.<Instant[]>of(new Instant[]{START, FINISH}))));

        assertProblem(post(session.id(), "{\"meeting_id\": ".getBytes(StandardCharsets.UTF_8), signed()), 400);
        assertProblem(post(session.id(), good, BigBlueButtonDouble.bearer("a-guessed-secret", Instant.now().plusSeconds(600))), 400);
        assertProblem(post(session.id(), good, null), 400);
        assertProblem(post(session.id(), good, BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, Instant.now().minusSeconds(1))), 400);
        assertProblem(post(session.id(), BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport("fakh-" + UUID.randomUUID(),
                "other-1", START, FINISH, List.of())), signed()), 400);
        assertProblem(post(session.id(), new byte[MeetingReportController.MAX_BYTES + 1], signed()), 413);

        assertThat(tables.reports(session.id())).isZero();
        assertThat(tables.stretches(session.id())).isZero();
    }

    @Test
    void anUnknownSessionOrOneWithoutAMeetingIsNotFound() {
        Session inPerson = session(false);
        byte[] body = BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport("fakh-x", "k", START, FINISH, List.of()));
        assertProblem(post(UUID.randomUUID(), body, signed()), 404);
        assertProblem(post(inPerson.id(), body, signed()), 404);
        assertThat(api.exchange(HttpRequest.GET("/api/public/meetings/" + UUID.randomUUID() + "/report")).code()).isEqualTo(404);
        assertThat(tables.reports(inPerson.id())).isZero();
    }

    @Test
    void theEndOfMeetingNoticeIsAnsweredAndRecordsNothing() {
        Session session = session(true);
        HttpResponse<Map<String, Object>> ended = api.exchange(HttpRequest.GET("/api/public/meetings/" + session.id()
                + "/report?meetingID=" + session.room().roomId() + "&recordingmarks=false"));
        assertThat(ended.code()).isEqualTo(200);
        assertThat(ended.body()).containsEntry("outcome", "NOTHING_TO_RECORD");
        assertThat(tables.reports(session.id())).isZero();
    }

    private static void assertProblem(HttpResponse<Map<String, Object>> response, int status) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType().map(MediaType::toString).orElse("")).startsWith("application/problem+json");
        // said in words (English here: no Accept-Language), not as the bundle key
        assertThat((String) Api.body(response).get("detail")).isNotBlank().doesNotStartWith("problem.").doesNotStartWith("meeting_");
    }
}
