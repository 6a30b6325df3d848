package ua.fakh.core.notifications;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine through its door: queued once per (event, recipient, channel), in the recipient's language, retried, failed with a reason. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.recording-channels", value = "true")
// the recording channels stand for e-mail and a messenger here: the real e-mail channel stays out
@Property(name = "fakh.plugins.notify_email.enabled", value = "false")
// the test decides when messages go out
@Property(name = "fakh.notifications.send", value = "false")
class NotificationsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Notifications notifications;
    @Inject
    NotificationPreferences preferences;
    @Inject
    NoticeSender sender;
    @Inject
    RecordingMail mail;
    @Inject
    RecordingMessenger messenger;

    private Api api;
    private String admin;
    private UUID organization;

    @BeforeEach
    void world() {
        api = new Api(client);
        admin = api.adminToken();
        organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        notifications.deliverDue();
        mail.answers.clear();
        messenger.answers.clear();
    }

    @Test
    void aNoticeAnnouncedTwiceReachesEachChannelOnceInTheRecipientsLanguage() {
        UUID english = person("Olena Test", "en");
        UUID ukrainian = person("Олена Тестова", "uk");
        messenger.reached.add(ukrainian);
        String event = "enrolled:" + UUID.randomUUID();

        sender.send(enrolled(event, english), enrolled(event, ukrainian));
        sender.send(enrolled(event, english), enrolled(event, ukrainian));
        notifications.deliverDue();

        assertThat(mail.receivedBy(english)).singleElement().satisfies(message -> {
            assertThat(message.subject()).isEqualTo("Enrolled in a course");
            assertThat(message.text()).startsWith("Hello, Olena Test!").contains("Hello, Course <b>!")
                    .contains("Open: http://localhost:8080/learn/x");
            assertThat(message.html()).contains("lang=\"en\"").contains("Course &lt;b&gt;").doesNotContain("<b>")
                    .contains("href=\"http://localhost:8080/learn/x\"");
            assertThat(message.link()).isEqualTo("http://localhost:8080/learn/x");
        });
        assertThat(mail.receivedBy(ukrainian)).singleElement()
                .satisfies(message -> assertThat(message.text()).startsWith("Вітаємо, Олена Тестова!").contains("Вітаємо, Курс <b>!"));
        assertThat(messenger.receivedBy(ukrainian)).singleElement()
                .satisfies(message -> assertThat(message.subject()).isEqualTo("Зарахування на курс"));
        assertThat(messenger.receivedBy(english)).isEmpty();
    }

    @Test
    void theSameNoticeFromManyThreadsAtOnceIsQueuedOnce() throws Exception {
        UUID person = person("Паралельна Особа", "uk");
        String event = "enrolled:" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> senders = java.util.stream.IntStream.range(0, 8).<Callable<Void>>mapToObj(i -> () -> {
                sender.send(enrolled(event, person));
                return null;
            }).toList();
            for (Future<Void> sent : pool.invokeAll(senders)) {
                sent.get();
            }
        } finally {
            pool.shutdown();
        }
        notifications.deliverDue();
        assertThat(mail.receivedBy(person)).hasSize(1);
    }

    @Test
    void accountMessagesGoByMailOnlyWhateverThePersonChose() {
        UUID person = person("Захищена Особа", "uk");
        messenger.reached.add(person);
        Map<NoticeKind, Set<String>> nothing = new EnumMap<>(NoticeKind.class);
        preferences.choose(person, nothing);

        sender.send(Notice.of("reset:" + UUID.randomUUID(), person, NoticeKind.PASSWORD_RESET, NoticeText.of("notice.kind.PASSWORD_RESET")),
                enrolled("enrolled:" + UUID.randomUUID(), person));
        notifications.deliverDue();

        assertThat(mail.receivedBy(person)).extracting(OutgoingMessage::kind).containsExactly(NoticeKind.PASSWORD_RESET);
        assertThat(messenger.receivedBy(person)).isEmpty();
    }

    @Test
    void aPersonChoosesChannelsPerKind() {
        UUID person = person("Вибіркова Особа", "uk");
        messenger.reached.add(person);
        assertThat(preferences.channelsReaching(person)).containsExactly("notify_recordingmail", "notify_recordingmessenger");
        Map<NoticeKind, Set<String>> choice = new EnumMap<>(preferences.chosen(person));
        assertThat(choice.get(NoticeKind.ENROLLED)).containsExactly("notify_recordingmail", "notify_recordingmessenger");
        assertThat(choice).doesNotContainKey(NoticeKind.PASSWORD_RESET);
        choice.put(NoticeKind.ENROLLED, Set.of("notify_recordingmessenger"));
        preferences.choose(person, choice);

        sender.send(enrolled("enrolled:" + UUID.randomUUID(), person),
                Notice.of("due:" + UUID.randomUUID(), person, NoticeKind.DUE_SOON, NoticeText.of("notice.kind.DUE_SOON")));
        notifications.deliverDue();

        assertThat(preferences.chosen(person).get(NoticeKind.ENROLLED)).containsExactly("notify_recordingmessenger");
        assertThat(mail.receivedBy(person)).extracting(OutgoingMessage::kind).containsExactly(NoticeKind.DUE_SOON);
        assertThat(messenger.receivedBy(person)).extracting(OutgoingMessage::kind)
                .containsExactlyInAnyOrder(NoticeKind.ENROLLED, NoticeKind.DUE_SOON);
    }

    @Test
    void aDisabledPersonHearsNothing() {
        UUID person = person("Вимкнена Особа", "uk");
        sender.send(enrolled("enrolled:" + UUID.randomUUID(), person));
        assertThat(api.post(admin, "/api/users/" + person + "/disable", Map.of()).code()).isEqualTo(200);
        sender.send(enrolled("enrolled:" + UUID.randomUUID(), person));

        notifications.deliverDue();

        assertThat(mail.receivedBy(person)).isEmpty();
        assertThat(queued("CANCELLED")).anySatisfy(m -> assertThat(m.get("recipientId")).isEqualTo(person.toString()));
    }

    @Test
    void aRefusalForNowIsTriedAgainAndAFailureForGoodIsShownToAdministratorsWithItsReason() {
        UUID person = person("Невдала Особа", "uk");
        mail.answers.add(DeliveryResult.retryLater(Duration.ZERO, "421 try again later"));
        sender.send(enrolled("enrolled:" + UUID.randomUUID(), person));

        assertThat(notifications.deliverDue()).isZero();
        assertThat(notifications.deliverDue()).isEqualTo(1);
        assertThat(mail.receivedBy(person)).hasSize(1);

        mail.answers.add(DeliveryResult.failed("550 no such mailbox"));
        sender.send(enrolled("enrolled:" + UUID.randomUUID(), person));
        notifications.deliverDue();
        Map<String, Object> failed = queued("FAILED").stream()
                .filter(m -> m.get("recipientId").equals(person.toString())).findFirst().orElseThrow();
        assertThat(failed.get("lastError")).isEqualTo("550 no such mailbox");
        assertThat(failed.get("attempts")).isEqualTo(1);

        String trainer = api.login((String) api.createUser(admin, "Тренерка", organization, "TRAINER").get("email"), Api.PASSWORD);
        assertThat(api.get(trainer, "/api/admin/notifications").code()).isEqualTo(403);
        assertThat(api.post(trainer, "/api/admin/notifications/" + failed.get("id") + "/retry", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(admin, "/api/admin/notifications/" + failed.get("id") + "/retry", Map.of()).code()).isEqualTo(204);
        assertThat(api.post(admin, "/api/admin/notifications/" + failed.get("id") + "/retry", Map.of()).code()).isEqualTo(404);
        notifications.deliverDue();
        assertThat(mail.receivedBy(person)).hasSize(2);
        assertThat(api.get(admin, "/api/admin/notifications?status=NOPE").code()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> queued(String status) {
        return (List<Map<String, Object>>) api.get(admin, "/api/admin/notifications?size=200&status=" + status).body().get("content");
    }

    private UUID person(String name, String locale) {
        return Api.id(api.post(admin, "/api/users", Map.of("email", Api.unique("n") + "@test.fakh", "fullName", name,
                "password", Api.PASSWORD, "locale", locale, "organizationId", organization.toString(),
                "roles", List.of("LEARNER"))).body());
    }

    private static Notice enrolled(String event, UUID person) {
        return new Notice(event, person, NoticeKind.ENROLLED, NoticeText.of("notice.kind.ENROLLED"),
                List.of(NoticeText.of("notice.greeting", new Bilingual("Курс <b>", "Course <b>"))),
                NoticeText.of("notice.action.open"), "/learn/x", null);
    }
}
