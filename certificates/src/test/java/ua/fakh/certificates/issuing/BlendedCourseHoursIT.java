package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A blended course's certificate states the course's hours less those of the sessions its holder missed. */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
// the first certificate of a provider makes its RSA keys inside the request: slow on a busy machine
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class BlendedCourseHoursIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWhoMissedASessionGetsItsHoursTakenOffTheCertificate() {
        Api api = new Api(client);
        CertificateWorld world = new CertificateWorld(api, null); // a course of 24 hours
        Map<String, Object> all = api.createUser(world.admin, "Ганна Усі Заняття", world.hromada, "LEARNER");
        Map<String, Object> missed = api.createUser(world.admin, "Петро Пропустив", world.hromada, "LEARNER");
        Map<String, Object> alone = world.completer("Сам Собі Без Групи"); // no cohort: the course's hours as they are
        UUID cohort = Api.id(api.post(world.trainer, "/api/courses/" + world.course + "/cohorts", Map.of("name", "Змішана група")).body());
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.DAYS);
        api.post(world.trainer, "/api/cohorts/" + cohort + "/sessions", Map.of("title", "День 1", "startsAt", start.toString(), "hours", 4));
        Map<String, Object> withSessions = api.post(world.trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", "День 2", "startsAt", start.plus(1, ChronoUnit.DAYS).toString(), "hours", 6.5)).body();
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) withSessions.get("sessions");
        api.post(world.trainer, "/api/courses/" + world.course + "/enrollments", Map.of("userIds", List.of(all.get("id"), missed.get("id")),
                "cohortId", cohort.toString()));
        Map<UUID, UUID> enrollmentOf = new java.util.HashMap<>();
        ((List<Map<String, Object>>) api.get(world.trainer, "/api/courses/" + world.course + "/enrollments?size=100").body().get("content"))
                .forEach(e -> enrollmentOf.put(UUID.fromString((String) e.get("userId")), Api.id(e)));
        UUID allEnrollment = enrollmentOf.get(Api.id(all));
        UUID missedEnrollment = enrollmentOf.get(Api.id(missed));

        for (Map<String, Object> session : sessions) {
            api.put(world.trainer, "/api/sessions/" + session.get("id") + "/attendance",
                    Map.of("present", List.of(allEnrollment.toString(), missedEnrollment.toString())));
        }
        // the trainer decides by hand that one of them was not there on the second day
        assertThat(api.put(world.trainer, "/api/sessions/" + sessions.get(1).get("id") + "/attendance/" + missedEnrollment,
                Map.of("present", false, "reason", "Не з'явився на другий день")).code()).isEqualTo(200);
        for (Map<String, Object> learner : List.of(all, missed)) {
            api.get(api.login((String) learner.get("email"), Api.PASSWORD), "/api/lessons/" + world.lesson);
        }
        outbox.deliverDue();
        outbox.deliverDue();

        List<Map<String, Object>> certificates = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course
                + "/certificates"), world.trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(certificates).extracting(c -> c.get("holderName"), c -> ((Number) c.get("hours")).doubleValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Ганна Усі Заняття", 24.0),
                        org.assertj.core.groups.Tuple.tuple("Петро Пропустив", 17.5),
                        org.assertj.core.groups.Tuple.tuple("Сам Собі Без Групи", 24.0));
        assertThat(alone).containsKey("token");
    }
}
