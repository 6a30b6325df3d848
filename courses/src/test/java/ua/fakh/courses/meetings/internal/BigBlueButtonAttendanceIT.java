package ua.fakh.courses.meetings.internal;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.plugins.meeting_bigbluebutton.BigBlueButtonDouble;
import ua.fakh.courses.spi.MeetingRoom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From BigBlueButton's report to attendance: the sessions API opens the meeting, the server's
 * analytics report (attendees by the Fakh id their joins carried) comes to the report address, and the session's attendance counts
 * each member's minutes by the course's rule (someone the server saw but Fakh did not send counts for nobody).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class BigBlueButtonAttendanceIT implements TestPropertyProvider {
    /** Two hours, three days ago: over, 120 minutes long. */
    private static final Instant START = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.DAYS);
    private final BigBlueButtonDouble bbb = new BigBlueButtonDouble();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;

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

    @Test
    @SuppressWarnings("unchecked")
    void theServersReportGivesEachMemberTheirMinutesByTheCoursesRule() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String trainer = api.login((String) api.createUser(admin, "Тренерка BBB", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Онлайн-семінар"), "summary", "Опис",
                "hours", 2, "outcomes", List.of("Знає"), "language", "uk", "providerId", provider.toString())).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        UUID cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Онлайн-група")).body());
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) api.post(trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", "День 1", "startsAt", START.toString(), "hours", 2, "mode", "ONLINE",
                        "meetingProvider", "meeting_bigbluebutton")).body().get("sessions");
        UUID session = Api.id(sessions.get(0));
        MeetingRoom room = new MeetingRoom("fakh-" + session, Map.of());
        UUID stayed = Api.id(api.createUser(admin, "Олена Присутня", provider, "LEARNER"));
        UUID leftEarly = Api.id(api.createUser(admin, "Борис Ранній", provider, "LEARNER"));
        api.post(trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(stayed, leftEarly), "cohortId", cohort.toString()));

        Instant finish = START.plus(2, ChronoUnit.HOURS);
        byte[] report = BigBlueButtonDouble.json(BigBlueButtonDouble.analyticsReport(room.roomId(),
                bbb.meetings.get(room.roomId()).internalMeetingId(), START, finish, List.of(
                        BigBlueButtonDouble.attendee(stayed.toString(), "Олена Присутня", false, List.of(
                                new Instant[]{START.minus(5, ChronoUnit.MINUTES), START.plus(50, ChronoUnit.MINUTES)},
                                new Instant[]{START.plus(55, ChronoUnit.MINUTES), null})),
                        BigBlueButtonDouble.attendee(leftEarly.toString(), "Борис Ранній", false, List.<Instant[]>of(
                                new Instant[]{START, START.plus(30, ChronoUnit.MINUTES)})),
                        BigBlueButtonDouble.attendee("dial-in-3", "Телефон", false, List.<Instant[]>of(new Instant[]{START, finish})))));
        assertThat(api.exchange(HttpRequest.POST("/api/public/meetings/" + session + "/report", report)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Authorization", BigBlueButtonDouble.bearer(BigBlueButtonDouble.SECRET, Instant.now().plusSeconds(3600)))).code())
                .isEqualTo(200);
        outbox.deliverDue();
        outbox.deliverDue();

        Map<String, Object> attendance = api.get(trainer, "/api/sessions/" + session + "/attendance-report").body();
        Map<String, Map<String, Object>> byUser = new HashMap<>();
        ((List<Map<String, Object>>) attendance.get("lines")).forEach(line -> byUser.put(String.valueOf(line.get("userId")), line));
        assertThat(byUser.get(stayed.toString())).containsEntry("minutes", 115).containsEntry("present", true)
                .containsEntry("source", "MEASURED");
        assertThat(byUser.get(leftEarly.toString())).containsEntry("minutes", 30).containsEntry("present", false);
        assertThat(byUser).hasSize(2);
    }
}
