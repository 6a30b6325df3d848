package ua.fakh.courses.registration;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.core.testing.TestMailbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open registration for a cohort through the HTTP API: seats, then the waiting list; a cancellation
 * moves the first waiting up (and tells them); the closing time; repeated requests.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "fakh.notifications.send", value = "false")
@Property(name = "fakh.notices.every", value = "1h")
@Property(name = "fakh.notices.first-scan", value = "1h")
@SuppressWarnings("unchecked")
class EventRegistrationIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    TestMailbox inbox;
    @Inject
    MovableClock clock;

    Api api;
    RegistrationWorld world;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(client);
        world = new RegistrationWorld(api);
    }

    private HttpResponse<Map<String, Object>> open(int capacity, Instant closesAt) {
        return world.open(capacity, closesAt);
    }

    private HttpResponse<Map<String, Object>> register(String token) {
        return world.register(token);
    }

    private HttpResponse<Map<String, Object>> cancel(String token) {
        return api.exchange(Api.authorised(HttpRequest.DELETE("/api/cohorts/" + world.cohort + "/registrations/mine"), token));
    }

    private Map<String, Object> list() {
        return world.registrations();
    }

    @Test
    void whenTheSeatsAreTakenPeopleJoinTheWaitingListInOrder() {
        assertThat(open(2, Instant.now().plus(7, ChronoUnit.DAYS)).code()).isEqualTo(200);
        List<Map<String, Object>> people = world.learners(4);

        List<Map<String, Object>> answers = people.stream().map(p -> register((String) p.get("token")).body()).toList();

        assertThat(answers).extracting(a -> a.get("state") + " " + a.get("position"))
                .containsExactly("SEATED null", "SEATED null", "WAITING 1", "WAITING 2");
        Map<String, Object> list = list();
        assertThat((Map<String, Object>) list.get("registration")).containsEntry("seatsTaken", 2).containsEntry("seatsLeft", 0)
                .containsEntry("waiting", 2).containsEntry("capacity", 2);
        assertThat((List<Map<String, Object>>) list.get("waiting")).extracting(w -> w.get("position") + " " + w.get("userId"))
                .containsExactly("1 " + people.get(2).get("id"), "2 " + people.get(3).get("id"));
        // the seat is an enrolment in the course, in this cohort
        Map<String, Object> enrollment = api.get((String) people.get(0).get("token"),
                "/api/enrollments/" + answers.get(0).get("enrollmentId")).body();
        assertThat(enrollment).containsEntry("cohortId", world.cohort.toString()).containsEntry("status", "ACTIVE");
    }

    @Test
    void registeringAgainGivesTheSameSeatOrPlace() {
        open(1, Instant.now().plus(7, ChronoUnit.DAYS));
        List<Map<String, Object>> people = world.learners(2);
        String seated = (String) people.get(0).get("token");
        String waiting = (String) people.get(1).get("token");

        HttpResponse<Map<String, Object>> first = register(seated);
        HttpResponse<Map<String, Object>> again = register(seated);
        HttpResponse<Map<String, Object>> queued = register(waiting);
        HttpResponse<Map<String, Object>> queuedAgain = register(waiting);

        assertThat(first.code()).isEqualTo(201);
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(queued.code()).isEqualTo(201);
        assertThat(queuedAgain.code()).isEqualTo(200);
        assertThat(queuedAgain.body()).containsEntry("state", "WAITING").containsEntry("position", 1);
        assertThat((Map<String, Object>) list().get("registration")).containsEntry("seatsTaken", 1).containsEntry("waiting", 1);
    }

    @Test
    void cancellingFreesTheSeatForTheFirstWaitingWhoIsTold() {
        open(1, Instant.now().plus(7, ChronoUnit.DAYS));
        List<Map<String, Object>> people = world.learners(3);
        people.forEach(p -> register((String) p.get("token")));
        UUID first = UUID.fromString((String) people.get(1).get("id"));

        HttpResponse<Map<String, Object>> cancelled = cancel((String) people.get(0).get("token"));

        assertThat(cancelled.code()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("state", "NONE");
        assertThat(api.get((String) people.get(1).get("token"), "/api/cohorts/" + world.cohort + "/registrations/mine").body())
                .containsEntry("state", "SEATED");
        assertThat(api.get((String) people.get(2).get("token"), "/api/cohorts/" + world.cohort + "/registrations/mine").body())
                .containsEntry("state", "WAITING").containsEntry("position", 1);
        List<OutgoingMessage> told = inbox.to(first, NoticeKind.ENROLLED);
        assertThat(told).extracting(OutgoingMessage::subject)
                .contains("Місце ваше: «" + world.courseTitle + "»", "Вас зараховано на курс «" + world.courseTitle + "»");
        assertThat(told.stream().filter(m -> m.subject().startsWith("Місце"))).singleElement()
                .satisfies(m -> assertThat(TestMailbox.path(m)).isEqualTo("/events/" + world.cohort));

        // leaving the waiting list frees nothing and moves nobody; cancelling twice is the same answer
        assertThat(cancel((String) people.get(2).get("token")).body()).containsEntry("state", "NONE");
        assertThat(cancel((String) people.get(2).get("token")).body()).containsEntry("state", "NONE");
        assertThat((Map<String, Object>) list().get("registration")).containsEntry("seatsTaken", 1).containsEntry("waiting", 0);
    }

    @Test
    void afterTheClosingTimeNobodyRegistersButThoseRegisteredKeepTheirSeat() {
        open(5, clock.instant().plus(1, ChronoUnit.DAYS));
        List<Map<String, Object>> people = world.learners(2);
        register((String) people.get(0).get("token"));

        clock.advance(Duration.ofDays(2));

        HttpResponse<Map<String, Object>> late = api.exchange(Api.authorised(HttpRequest.POST(
                "/api/cohorts/" + world.cohort + "/registrations", Map.of()), (String) people.get(1).get("token"))
                .cookie(Cookie.of("fakh_lang", "en")));
        assertThat(late.code()).isEqualTo(409);
        assertThat(late.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(Api.body(late).get("detail").toString()).isEqualTo("Registration for this event is closed.");
        assertThat(Api.body(register((String) people.get(1).get("token"))).get("detail").toString())
                .isEqualTo("Реєстрацію на цей захід закрито.");
        assertThat(register((String) people.get(0).get("token")).body()).containsEntry("state", "SEATED");
        assertThat(api.get(world.trainer, "/api/cohorts/" + world.cohort + "/registration").body())
                .containsEntry("accepting", false).containsEntry("seatsTaken", 1);
    }

    @Test
    void aTrainerSeesEveryWrongSettingAtOnceAndOnlyTrainersSetThem() {
        HttpResponse<Map<String, Object>> wrong = api.put(world.trainer, "/api/cohorts/" + world.cohort + "/registration",
                new HashMap<>(Map.of("capacity", 0)));
        assertThat(wrong.code()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) Api.body(wrong).get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("capacity", "closesAt");
        String learner = (String) world.learners(1).get(0).get("token");
        assertThat(api.put(learner, "/api/cohorts/" + world.cohort + "/registration",
                Map.of("capacity", 3, "closesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())).code()).isEqualTo(403);
        assertThat(register(learner).code()).isEqualTo(404); // never opened
    }

    @Test
    void aLargerCapacitySeatsTheFirstWaitingAtOnce() {
        open(1, Instant.now().plus(7, ChronoUnit.DAYS));
        List<Map<String, Object>> people = world.learners(3);
        people.forEach(p -> register((String) p.get("token")));

        Map<String, Object> grown = open(2, Instant.now().plus(7, ChronoUnit.DAYS)).body();

        assertThat(grown).containsEntry("seatsTaken", 2).containsEntry("waiting", 1);
        assertThat(((List<Map<String, Object>>) list().get("waiting"))).extracting(w -> w.get("userId"))
                .containsExactly(people.get(2).get("id"));
    }
}
