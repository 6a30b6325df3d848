package ua.fakh.certificates.issuing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.enrollment.CourseCompleted;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database (PostgreSQL when {@code DATASOURCES_DEFAULT_URL} names it, else
 * one H2 file both open) and one shared data directory: the same completions delivered on both at once
 * give one certificate each, numbered without duplicates or gaps.
 */
class TwoNodesIssueOnceIT {
    private static final int LEARNERS = 4;

    @Test
    void twoNodesDeliveringTheSameCompletionsAtOnceIssueOneCertificateEachWithDistinctNumbers() throws Exception {
        Map<String, Object> shared = shared();
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, shared, "test");
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, shared, "test");
             HttpClient client = first.getApplicationContext().createBean(HttpClient.class, first.getURL())) {
            Api api = new Api(client);
            CertificateWorld world = new CertificateWorld(api, null);
            List<Map<String, Object>> learners = new ArrayList<>();
            List<CourseCompleted> events = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                Map<String, Object> learner = world.completer("Двовузлова Особа " + i);
                learners.add(learner);
                Map<String, Object> enrollment = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"),
                        (String) learner.get("token")), Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
                events.add(new CourseCompleted(Api.id(enrollment), UUID.fromString((String) learner.get("id")), world.course,
                        1, null, null, null, Instant.now(), Instant.now()));
            }

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Void>> deliveries = new ArrayList<>();
                for (CourseCompleted event : events) {
                    deliveries.add(deliver(first.getApplicationContext(), event));
                    deliveries.add(deliver(second.getApplicationContext(), event));
                }
                for (Future<Void> delivered : pool.invokeAll(deliveries)) {
                    delivered.get();
                }
                // the outbox's own copies of the same events, drained by both nodes at once
                List<Callable<Integer>> drains = List.of(() -> first.getApplicationContext().getBean(Outbox.class).deliverDue(),
                        () -> second.getApplicationContext().getBean(Outbox.class).deliverDue());
                for (Future<Integer> drained : pool.invokeAll(drains)) {
                    drained.get();
                }
            } finally {
                pool.shutdown();
            }

            List<Long> numbers = new ArrayList<>();
            for (Map<String, Object> learner : learners) {
                List<Map<String, Object>> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"),
                        (String) learner.get("token")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
                assertThat(mine).hasSize(1);
                String serial = (String) mine.get(0).get("serialNumber");
                numbers.add(Long.parseLong(serial.substring(serial.lastIndexOf('-') + 1)));
            }
            numbers.sort(Long::compare);
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.get(LEARNERS - 1) - numbers.get(0)).isEqualTo(LEARNERS - 1);
        }
    }

    /** One node delivering the event as its outbox would: in a transaction of its own. */
    @SuppressWarnings("unchecked")
    private static Callable<Void> deliver(ApplicationContext node, CourseCompleted event) {
        OutboxListener<CourseCompleted> issuer = (OutboxListener<CourseCompleted>) node.getBeansOfType(OutboxListener.class).stream()
                .filter(l -> l.eventType() == CourseCompleted.class && l.getClass().getName().contains("certificates"))
                .findFirst().orElseThrow();
        TransactionOperations<?> transactions = node.getBean(TransactionOperations.class);
        return () -> transactions.executeWrite(status -> {
            issuer.on(event, UUID.randomUUID());
            return null;
        });
    }

    private static Map<String, Object> shared() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-data", "two-nodes-" + UUID.randomUUID()));
        Map<String, Object> properties = new HashMap<>();
        String postgres = System.getenv("DATASOURCES_DEFAULT_URL");
        // H2 gives up on a lock after a second; PostgreSQL waits. Issuers queue on the register's lock while the
        // first one makes the provider's keys and signs its PDF, so H2 is told to wait like PostgreSQL would.
        properties.put("datasources.default.url", postgres != null && !postgres.isBlank() ? postgres
                : "jdbc:h2:file:" + dir.toAbsolutePath() + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";LOCK_TIMEOUT=120000");
        properties.put("fakh.data-dir", dir.toString());
        properties.put("fakh.outbox.poll", "1h");
        properties.put("fakh.outbox.first-poll", "1h");
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }
}
