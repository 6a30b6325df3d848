package ua.fakh.courses.attendance.internal;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance by measurement through the HTTP API: the rule, a provider's report, the join log, overrides, the report. */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class MeasuredAttendanceIT {
    /** Two hours, three days ago: over, and 120 minutes long. */
    static final Instant START = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.DAYS);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    MeetingRows rows;
    @Inject
    ReportedMeetings reported;
    @Inject
    Outbox outbox;

    Api api;
    String admin;
    String trainer;
    UUID trainerId;
    UUID provider;
    UUID hromada;
    UUID course;
    UUID cohort;
    UUID session;
    UUID lesson;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        Map<String, Object> t = api.createUser(admin, "Тренер", provider, "TRAINER");
        trainerId = Api.id(t);
        trainer = api.login((String) t.get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Онлайн-семінар"), "summary", "Опис",
                "hours", 10, "outcomes", List.of("Знає"), "language", "uk", "providerId", provider.toString(),
                "enrollmentPolicy", "OPEN")).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст"))).body());
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Онлайн-група",
                "minAttendancePercent", 100)).body());
        session = sessionOf(api.post(trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", "День 1", "startsAt", START.toString(), "hours", 2)).body(), 0);
        rows.mode(session, "ONLINE");
    }

    @SuppressWarnings("unchecked")
    static UUID sessionOf(Map<String, Object> cohortView, int index) {
        return UUID.fromString((String) ((List<Map<String, Object>>) cohortView.get("sessions")).get(index).get("id"));
    }

    record Member(UUID userId, UUID enrollmentId, String token) {
    }

    private Member member(String name) {
        Map<String, Object> user = api.createUser(admin, name, hromada, "LEARNER");
        UUID userId = Api.id(user);
        api.post(trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(userId), "cohortId", cohort.toString()));
        String token = api.login((String) user.get("email"), Api.PASSWORD);
        List<Map<String, Object>> mine = client.toBlocking().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        UUID enrollment = Api.id(mine.get(0));
        return new Member(userId, enrollment, token);
    }

    private Instant at(int minute) {
        return START.plus(minute, ChronoUnit.MINUTES);
    }

    private UUID report(String key) {
        UUID report = UUID.randomUUID();
        rows.report(report, session, key, at(130));
        return report;
    }

    private void stretch(UUID report, UUID userId, int from, int to) {
        rows.stretch(UUID.randomUUID(), report, session, userId, "w_" + userId, "Учасник", at(from), at(to));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Map<String, Object>> lines(String language) {
        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.GET("/api/sessions/" + session + "/attendance-report")
                .cookie(Cookie.of("fakh_lang", language)), trainer));
        assertThat(report.code()).isEqualTo(200);
        Map<UUID, Map<String, Object>> byEnrollment = new HashMap<>();
        ((List<Map<String, Object>>) report.body().get("lines")).forEach(l -> byEnrollment.put(UUID.fromString((String) l.get("enrollmentId")), l));
        return byEnrollment;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sheet() {
        return (Map<String, Object>) api.get(trainer, "/api/cohorts/" + cohort + "/attendance").body();
    }

    @Test
    void theProvidersReportMarksWhoWasPresentByTheCoursesRuleAndCompletesThem() {
        Member whole = member("Олена Повна");
        Member short_ = member("Борис Короткий");
        Member never = member("Віра Відсутня");
        Member companion = member("Галина Поруч");
        api.post(whole.token(), "/api/enrollments/" + whole.enrollmentId() + "/lessons/" + lesson + "/complete", Map.of());
        api.post(companion.token(), "/api/enrollments/" + companion.enrollmentId() + "/lessons/" + lesson + "/complete", Map.of());
        assertThat(api.put(trainer, "/api/courses/" + course + "/attendance-rule", Map.of("presentPercent", 80)).body())
                .containsEntry("presentPercent", 80).containsEntry("byDefault", false);

        UUID report = report("meeting-1");
        stretch(report, whole.userId(), -10, 60);   // joined before the start
        stretch(report, whole.userId(), 50, 110);   // overlaps the first stretch: 110 minutes, not 120
        stretch(report, short_.userId(), 30, 90);   // 60 of 120 minutes, the rule needs 96
        rows.companion(UUID.randomUUID(), session, whole.userId(), companion.userId(), trainerId, at(5));
        reported.announce(session, report);
        outbox.deliverDue();

        Map<UUID, Map<String, Object>> lines = lines("en");
        assertThat(lines.get(whole.enrollmentId())).containsEntry("minutes", 110).containsEntry("present", true)
                .containsEntry("source", "MEASURED").containsEntry("sharePercent", 91).containsEntry("note", "")
                .containsEntry("joinedAt", at(-10).toString()).containsEntry("leftAt", at(110).toString());
        assertThat(lines.get(companion.enrollmentId())).containsEntry("minutes", 110).containsEntry("present", true);
        assertThat(lines.get(short_.enrollmentId())).containsEntry("minutes", 60).containsEntry("present", false)
                .containsEntry("note", "below the rule: 60 of 120 min (needs 96, 80 %)");
        assertThat(lines.get(never.enrollmentId())).containsEntry("minutes", 0).containsEntry("present", false)
                .containsEntry("note", "never joined");
        assertThat(lines("uk").get(never.enrollmentId())).containsEntry("note", "не приєднувався");
        // completion read the measured marks: lesson done and present at every session
        assertThat(api.get(whole.token(), "/api/enrollments/" + whole.enrollmentId()).body()).containsEntry("status", "COMPLETED");
        assertThat(api.get(companion.token(), "/api/enrollments/" + companion.enrollmentId()).body()).containsEntry("status", "COMPLETED");
        assertThat(sheet().get(short_.enrollmentId().toString())).isEqualTo(Map.of(session.toString(), false));

        // the event again, and the trainer asking too: the same facts change nothing
        reported.announce(session, report);
        outbox.deliverDue();
        HttpResponse<Map<String, Object>> again = api.post(trainer, "/api/sessions/" + session + "/attendance/measure", Map.of());
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body()).containsEntry("members", 4).containsEntry("present", 2).containsEntry("changed", 0)
                .containsEntry("measuredFrom", "REPORT");
    }

    @Test
    void anOverrideWinsOverMeasurementIsAuditedAndCompletes() {
        Member late = member("Дмитро Пізній");
        api.post(late.token(), "/api/enrollments/" + late.enrollmentId() + "/lessons/" + lesson + "/complete", Map.of());
        UUID report = report("meeting-2");
        stretch(report, late.userId(), 60, 120);
        reported.announce(session, report);
        outbox.deliverDue();
        assertThat(lines("en").get(late.enrollmentId())).containsEntry("present", false);

        HttpResponse<Map<String, Object>> wrong = api.put(trainer, "/api/sessions/" + session + "/attendance/" + late.enrollmentId(),
                Map.of("reason", " "));
        assertThat(wrong.code()).isEqualTo(400);
        assertThat(Api.body(wrong).get("errors").toString()).contains("present", "reason");
        HttpResponse<Map<String, Object>> nul = api.put(trainer, "/api/sessions/" + session + "/attendance/" + late.enrollmentId(),
                Map.of("present", true, "reason", "Був\u0000 на місці"));
        assertThat(nul.code()).isEqualTo(400);
        assertThat(nul.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(lines("en").get(late.enrollmentId())).containsEntry("present", false);
        assertThat(api.put(late.token(), "/api/sessions/" + session + "/attendance/" + late.enrollmentId(),
                Map.of("present", true, "reason", "Сам собі")).code()).isEqualTo(403);
        assertThat(api.put(trainer, "/api/sessions/" + session + "/attendance/" + UUID.randomUUID(),
                Map.of("present", true, "reason", "Хто це?")).code()).isEqualTo(404);

        HttpResponse<Map<String, Object>> overridden = api.put(trainer, "/api/sessions/" + session + "/attendance/" + late.enrollmentId(),
                Map.of("present", true, "reason", "Зв'язок обривався, був на місці"));
        assertThat(overridden.code()).isEqualTo(200);
        assertThat(overridden.body()).containsEntry("source", "OVERRIDE").containsEntry("present", true).containsEntry("minutes", 60);
        assertThat(api.get(late.token(), "/api/enrollments/" + late.enrollmentId()).body()).containsEntry("status", "COMPLETED");

        api.post(trainer, "/api/sessions/" + session + "/attendance/measure", Map.of());
        assertThat(lines("en").get(late.enrollmentId())).containsEntry("present", true).containsEntry("source", "OVERRIDE")
                .containsEntry("note", "reason: Зв'язок обривався, був на місці");
        assertThat(api.get(admin, "/api/audit?action=ATTENDANCE_OVERRIDDEN&size=50").body().get("content").toString())
                .contains(late.enrollmentId().toString(), "Зв'язок обривався");
    }

    @Test
    void withoutAReportTheJoinLogAndCheckInCodesCount() {
        Member stayed = member("Ірина Сумлінна");
        Member left = member("Костянтин Пішов");
        Member codeOnly = member("Лариса Без Входу");
        rows.join(UUID.randomUUID(), session, stayed.userId(), at(-5));
        rows.join(UUID.randomUUID(), session, left.userId(), at(0));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        rows.code(first, session, "111111", at(40), at(45), trainerId);
        rows.code(second, session, "222222", at(100), at(105), trainerId);
        rows.checkin(UUID.randomUUID(), first, session, stayed.userId(), at(41));
        rows.checkin(UUID.randomUUID(), second, session, stayed.userId(), at(101));
        rows.checkin(UUID.randomUUID(), first, session, codeOnly.userId(), at(42));

        HttpResponse<Map<String, Object>> measured = api.post(trainer, "/api/sessions/" + session + "/attendance/measure", Map.of());
        assertThat(measured.body()).containsEntry("measuredFrom", "JOIN_LOG").containsEntry("present", 1).containsEntry("changed", 3);

        Map<UUID, Map<String, Object>> lines = lines("en");
        assertThat(lines.get(stayed.enrollmentId())).containsEntry("minutes", 120).containsEntry("present", true);
        assertThat(lines.get(left.enrollmentId())).containsEntry("minutes", 40).containsEntry("present", false)
                .containsEntry("note", "below the rule: 40 of 120 min (needs 90, 75 %)");
        assertThat(lines.get(codeOnly.enrollmentId())).containsEntry("minutes", 0).containsEntry("note", "never joined");
        assertThat(api.post(trainer, "/api/sessions/" + session + "/attendance/measure", Map.of()).body()).containsEntry("changed", 0);
    }

    @Test
    void theRuleIsTheCoursesTrainersAndRefusesShareOutsideOneToHundred() {
        Member learner = member("Марія Слухачка");
        assertThat(api.get(trainer, "/api/courses/" + course + "/attendance-rule").body())
                .containsEntry("presentPercent", 75).containsEntry("byDefault", true);
        for (Object bad : new Object[]{0, 101}) {
            HttpResponse<Map<String, Object>> refused = api.put(trainer, "/api/courses/" + course + "/attendance-rule", Map.of("presentPercent", bad));
            assertThat(refused.code()).isEqualTo(400);
            assertThat(Api.body(refused).get("errors").toString()).contains("presentPercent");
        }
        assertThat(api.put(trainer, "/api/courses/" + course + "/attendance-rule", Map.of()).code()).isEqualTo(400);
        assertThat(api.get(learner.token(), "/api/courses/" + course + "/attendance-rule").code()).isEqualTo(403);
        assertThat(api.put(learner.token(), "/api/courses/" + course + "/attendance-rule", Map.of("presentPercent", 10)).code()).isEqualTo(403);
        assertThat(api.get(trainer, "/api/courses/" + course + "/attendance-rule").body()).containsEntry("presentPercent", 75);
    }

    @Test
    void sessionsHeldInPersonOrNotOverAreNotMeasuredOnRequest() {
        rows.mode(session, "IN_PERSON");
        assertThat(api.post(trainer, "/api/sessions/" + session + "/attendance/measure", Map.of()).code()).isEqualTo(409);
        UUID later = sessionOf(api.post(trainer, "/api/cohorts/" + cohort + "/sessions", Map.of("title", "День 2",
                "startsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "hours", 2)).body(), 1);
        rows.mode(later, "ONLINE");
        assertThat(api.post(trainer, "/api/sessions/" + later + "/attendance/measure", Map.of()).code()).isEqualTo(409);
    }

    @Test
    void theReportDownloadsAsCsvAndXlsxInTheReadersLanguage() {
        Member absent = member("=Формула Відсутня");
        api.post(trainer, "/api/sessions/" + session + "/attendance/measure", Map.of());

        HttpResponse<byte[]> csv = client.toBlocking().exchange(Api.authorised(HttpRequest.GET("/api/sessions/" + session
                + "/attendance-report.csv").cookie(Cookie.of("fakh_lang", "uk")), trainer), byte[].class);
        assertThat(csv.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Учасник\";\"Організація\"").contains("\"'=Формула Відсутня\"", "\"не приєднувався\"", "\"ні\"");

        HttpResponse<byte[]> xlsx = client.toBlocking().exchange(Api.authorised(HttpRequest.GET("/api/sessions/" + session
                + "/attendance-report.xlsx").cookie(Cookie.of("fakh_lang", "en")), trainer), byte[].class);
        assertThat(xlsx.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).contains("spreadsheetml"));
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
        assertThat(api.get(absent.token(), "/api/sessions/" + session + "/attendance-report").code()).isEqualTo(403);
    }
}
