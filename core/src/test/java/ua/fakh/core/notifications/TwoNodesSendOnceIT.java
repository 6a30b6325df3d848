package ua.fakh.core.notifications;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Two nodes on one database (PostgreSQL when {@code DATASOURCES_DEFAULT_URL} names it, else one H2 file
 * both open): both announce the same facts and both send at once; every person gets each message once.
 */
class TwoNodesSendOnceIT {
    private static final int PEOPLE = 6;

    @Test
    void twoNodesAnnouncingAndSendingTheSameNoticesAtOnceSendEachOnce() throws Exception {
        Map<String, Object> shared = shared();
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, shared, "test");
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, shared, "test");
             HttpClient client = first.getApplicationContext().createBean(HttpClient.class, first.getURL())) {
            Api api = new Api(client);
            String admin = api.adminToken();
            UUID organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
            List<Notice> notices = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                UUID person = Api.id(api.post(admin, "/api/users", Map.of("email", Api.unique("two") + "@test.fakh",
                        "fullName", "Двовузлова Особа " + i, "password", Api.PASSWORD, "organizationId", organization.toString(),
                        "roles", List.of("LEARNER"))).body());
                for (EmbeddedServer node : List.of(first, second)) {
                    node.getApplicationContext().getBean(RecordingMessenger.class).reached.add(person);
                }
                notices.add(Notice.of("two-nodes:" + UUID.randomUUID(), person, NoticeKind.ENROLLED, NoticeText.of("notice.kind.ENROLLED")));
            }

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> work = new ArrayList<>();
                for (Notice notice : notices) {
                    for (EmbeddedServer node : List.of(first, second)) {
                        work.add(() -> {
                            node.getApplicationContext().getBean(NoticeSender.class).send(notice);
                            return 0;
                        });
                    }
                }
                for (Future<Integer> done : pool.invokeAll(work)) {
                    done.get();
                }
                List<Callable<Integer>> drains = List.of(
                        () -> first.getApplicationContext().getBean(Notifications.class).deliverDue(),
                        () -> second.getApplicationContext().getBean(Notifications.class).deliverDue());
                int sent = 0;
                for (Future<Integer> drained : pool.invokeAll(drains)) {
                    sent += drained.get();
                }
                assertThat(sent).isEqualTo(PEOPLE * 2);
            } finally {
                pool.shutdown();
            }

            for (Notice notice : notices) {
                List<OutgoingMessage> mails = new ArrayList<>();
                List<OutgoingMessage> messages = new ArrayList<>();
                for (EmbeddedServer node : List.of(first, second)) {
                    mails.addAll(node.getApplicationContext().getBean(RecordingMail.class).receivedBy(notice.recipientId()));
                    messages.addAll(node.getApplicationContext().getBean(RecordingMessenger.class).receivedBy(notice.recipientId()));
                }
                assertThat(mails).hasSize(1);
                assertThat(messages).hasSize(1);
            }
        }
    }

    private static Map<String, Object> shared() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-data", "two-nodes-" + UUID.randomUUID()));
        Map<String, Object> properties = new HashMap<>();
        String postgres = System.getenv("DATASOURCES_DEFAULT_URL");
        properties.put("datasources.default.url", postgres != null && !postgres.isBlank() ? postgres
                : "jdbc:h2:file:" + dir.toAbsolutePath() + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";LOCK_TIMEOUT=30000");
        properties.put("fakh.data-dir", dir.toString());
        properties.put("fakh.test.recording-channels", "true");
        properties.put("fakh.plugins.notify_email.enabled", "false"); // the recording channels stand for e-mail
        properties.put("fakh.notifications.send", "false");
        return properties;
    }
}
