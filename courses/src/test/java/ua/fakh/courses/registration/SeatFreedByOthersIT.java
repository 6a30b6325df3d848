package ua.fakh.courses.registration;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.core.testing.TestMailbox;
import ua.fakh.courses.enrollment.EnrollmentWithdrawn;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seat freed other than by the learner's own cancel (a trainer withdraws the enrolment, alone or in
 * bulk) moves the waiting list up as soon as the withdrawal is announced, once even when the
 * announcement comes twice; joining the waiting list tells the person their number.
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
class SeatFreedByOthersIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    TestMailbox inbox;
    @Inject
    MovableClock clock;
    @Inject
    Outbox outbox;
    @Inject
    DataSource dataSource;

    Api api;
    RegistrationWorld world;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(client);
        world = new RegistrationWorld(api);
    }

    /** Opens registration with {@code capacity} seats and registers the people in order; their answers. */
    private List<Map<String, Object>> registered(int capacity, List<Map<String, Object>> people) {
        assertThat(world.open(capacity, Instant.now().plus(7, ChronoUnit.DAYS)).code()).isEqualTo(200);
        return people.stream().map(p -> world.register((String) p.get("token")).body()).toList();
    }

    private String standing(Map<String, Object> person) {
        Map<String, Object> mine = api.get((String) person.get("token"), "/api/cohorts/" + world.cohort + "/registrations/mine").body();
        return mine.get("state") + " " + mine.get("position");
    }

    private Map<String, Object> registration() {
        return api.get(world.trainer, "/api/cohorts/" + world.cohort + "/registration").body();
    }

    private List<OutgoingMessage> seatNotices(Map<String, Object> person) {
        return inbox.to(UUID.fromString((String) person.get("id")), NoticeKind.ENROLLED).stream()
                .filter(m -> m.subject().equals("Місце ваше: «" + world.courseTitle + "»")).toList();
    }

    @Test
    void aTrainerWithdrawingASeatedLearnerMovesTheFirstWaitingUpAndTellsThem() {
        List<Map<String, Object>> people = world.learners(3);
        List<Map<String, Object>> answers = registered(1, people);

        assertThat(api.post(world.trainer, "/api/enrollments/" + answers.get(0).get("enrollmentId") + "/withdraw",
                Map.of()).code()).isEqualTo(200);
        outbox.deliverDue();

        assertThat(standing(people.get(0))).isEqualTo("NONE null");
        assertThat(standing(people.get(1))).isEqualTo("SEATED null");
        assertThat(standing(people.get(2))).isEqualTo("WAITING 1");
        assertThat(registration()).containsEntry("seatsTaken", 1).containsEntry("waiting", 1);
        assertThat(seatNotices(people.get(1))).singleElement()
                .satisfies(m -> assertThat(TestMailbox.path(m)).isEqualTo("/events/" + world.cohort));
        assertThat(seatNotices(people.get(2))).isEmpty();
    }

    @Test
    void aBulkWithdrawalSeatsAsManyWaitingAsSeatsItFreed() {
        List<Map<String, Object>> people = world.learners(5);
        List<Map<String, Object>> answers = registered(2, people);

        assertThat(api.post(world.trainer, "/api/courses/" + world.course + "/enrollments/withdraw",
                Map.of("enrollmentIds", List.of(answers.get(0).get("enrollmentId"), answers.get(1).get("enrollmentId"))))
                .body()).containsEntry("changed", 2);
        outbox.deliverDue();

        assertThat(people.stream().map(this::standing))
                .containsExactly("NONE null", "NONE null", "SEATED null", "SEATED null", "WAITING 1");
        assertThat(registration()).containsEntry("seatsTaken", 2).containsEntry("waiting", 1);
        assertThat(seatNotices(people.get(2))).hasSize(1);
        assertThat(seatNotices(people.get(3))).hasSize(1);
    }

    @Test
    void theSameWithdrawalAnnouncedTwiceSeatsOnePerson() throws SQLException {
        List<Map<String, Object>> people = world.learners(4);
        List<Map<String, Object>> answers = registered(1, people);
        Object freed = answers.get(0).get("enrollmentId");
        api.post(world.trainer, "/api/enrollments/" + freed + "/withdraw", Map.of());
        outbox.deliverDue();

        assertThat(deliverAgain(freed.toString())).isEqualTo(1);
        assertThat(outbox.deliverDue()).isPositive();

        assertThat(people.stream().map(this::standing)).containsExactly("NONE null", "SEATED null", "WAITING 1", "WAITING 2");
        assertThat(registration()).containsEntry("seatsTaken", 1).containsEntry("waiting", 2);
        assertThat(seatNotices(people.get(1))).hasSize(1);
        assertThat(seatNotices(people.get(2))).isEmpty();
        // withdrawing again is the same answer and announces nothing new
        assertThat(api.post(world.trainer, "/api/enrollments/" + freed + "/withdraw", Map.of()).body())
                .containsEntry("status", "WITHDRAWN");
        outbox.deliverDue();
        assertThat(standing(people.get(2))).isEqualTo("WAITING 1");
    }

    @Test
    void disablingAnAccountGivesUpItsSeatAndItsPlaceInTheQueue() {
        List<Map<String, Object>> people = world.learners(4);
        registered(1, people);

        assertThat(api.post(world.admin, "/api/users/" + people.get(1).get("id") + "/disable", Map.of()).code()).isEqualTo(200);
        assertThat(api.post(world.admin, "/api/users/" + people.get(0).get("id") + "/disable", Map.of()).code()).isEqualTo(200);
        outbox.deliverDue();
        outbox.deliverDue(); // the withdrawal it announced finds the seat taken already

        assertThat(((List<Map<String, Object>>) world.registrations().get("waiting"))).extracting(w -> w.get("position") + " " + w.get("userId"))
                .containsExactly("1 " + people.get(3).get("id"));
        assertThat(standing(people.get(2))).isEqualTo("SEATED null");
        assertThat(registration()).containsEntry("seatsTaken", 1).containsEntry("waiting", 1);
        assertThat(seatNotices(people.get(2))).hasSize(1);
    }

    @Test
    void joiningTheWaitingListTellsThePersonTheirNumber() {
        List<Map<String, Object>> people = world.learners(3);
        registered(1, people);

        assertThat(waitingNotices(people.get(0))).isEmpty();
        assertThat(waitingNotices(people.get(1))).singleElement().satisfies(m -> {
            assertThat(m.text()).contains("під номером 1");
            assertThat(TestMailbox.path(m)).isEqualTo("/events/" + world.cohort);
        });
        assertThat(waitingNotices(people.get(2))).singleElement().satisfies(m -> assertThat(m.text()).contains("під номером 2"));
        // registering again is the same place and no second message
        world.register((String) people.get(1).get("token"));
        assertThat(waitingNotices(people.get(1))).hasSize(1);
    }

    private List<OutgoingMessage> waitingNotices(Map<String, Object> person) {
        return inbox.to(UUID.fromString((String) person.get("id")), NoticeKind.ENROLLED).stream()
                .filter(m -> m.subject().equals("Ви в листі очікування: «" + world.courseTitle + "»")).toList();
    }

    /** Makes the outbox hand the withdrawal of this enrolment to its listeners once more, as after a lost acknowledgement. */
    private int deliverAgain(String enrollmentId) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE outbox_events SET delivered_at = NULL WHERE type = ? AND payload LIKE ?")) {
            update.setString(1, EnrollmentWithdrawn.class.getName());
            update.setString(2, "%" + enrollmentId + "%");
            return update.executeUpdate();
        }
    }
}
