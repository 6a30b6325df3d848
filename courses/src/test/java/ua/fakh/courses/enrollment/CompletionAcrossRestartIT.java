package ua.fakh.courses.enrollment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A completion is a fact the moment it commits: when the application stops after the commit and
 * before the event went out, the next start delivers it, once, and later starts never again.
 * Runs on the database the environment names (PostgreSQL in CI), otherwise on an H2 file that
 * outlives the first application.
 */
class CompletionAcrossRestartIT {
    @TempDir
    Path dataDir;

    @Test
    void anEventCommittedBeforeAStopIsDeliveredOnceAfterTheRestart() {
        UUID enrollment;
        try (EmbeddedServer first = start()) {
            Api api = new Api(first.getApplicationContext().createBean(HttpClient.class, first.getURL()));
            enrollment = completeACourse(api);
            assertThat(events(first).count(enrollment)).as("nothing delivered before the stop").isZero();
        }
        try (EmbeddedServer second = start()) {
            Outbox outbox = second.getApplicationContext().getBean(Outbox.class);
            outbox.deliverDue();
            outbox.deliverDue();
            assertThat(events(second).count(enrollment)).isEqualTo(1);
            CourseCompleted event = events(second).received.stream()
                    .filter(e -> e.enrollmentId().equals(enrollment)).findFirst().orElseThrow();
            assertThat(event.courseId()).isNotNull();
            assertThat(event.result()).as("no quiz, so no result").isNull();
        }
        try (EmbeddedServer third = start()) {
            third.getApplicationContext().getBean(Outbox.class).deliverDue();
            assertThat(events(third).count(enrollment)).as("already delivered before this start").isZero();
        }
    }

    /** A published one-lesson course; a learner enrolls and completes it. Returns the enrollment. */
    private UUID completeACourse(Api api) {
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        String trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        String learner = api.login((String) api.createUser(admin, "Ярина Гнатюк", hromada, "LEARNER").get("email"), Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("Самодопомога"), "summary", "Опис", "hours", 2,
                "outcomes", List.of("Знає техніки"), "language", "uk", "providerId", provider.toString(), "enrollmentPolicy", "OPEN"));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Дихання",
                "type", "content_markdown", "content", Map.of("markdown", "Вдих — видих"))).body());
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        UUID enrollment = Api.id(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of()).body());
        assertThat(api.post(learner, "/api/enrollments/" + enrollment + "/lessons/" + lesson + "/complete", Map.of()).body())
                .containsEntry("status", "COMPLETED");
        return enrollment;
    }

    private static CompletedEvents events(EmbeddedServer server) {
        return server.getApplicationContext().getBean(CompletedEvents.class);
    }

    private EmbeddedServer start() {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "fakh.data-dir", dataDir.toString(),
                // No scheduled delivery: the test decides when the outbox is read.
                "fakh.outbox.poll", "1h",
                "fakh.outbox.first-poll", "1h",
                "micronaut.server.port", -1));
        if (System.getenv("DATASOURCES_DEFAULT_URL") == null) {
            settings.put("datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("db/fakh")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            settings.put("datasources.default.username", "sa");
            settings.put("datasources.default.password", "");
        }
        return ApplicationContext.run(EmbeddedServer.class, settings, "test");
    }
}
