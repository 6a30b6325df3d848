package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.notifications.MessengerApiDouble;
import ua.fakh.core.notifications.MessengerPeople;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking Telegram as a person does it: the profile's API gives a deep link, Telegram posts
 * {@code /start <token>} to the webhook, the bot answers; then notices arrive in the chat until the
 * person blocks the bot or sends {@code /stop}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class TelegramLinkingIT implements TestPropertyProvider {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());
    private final TelegramDouble telegram = new TelegramDouble();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Notifications notifications;
    @Inject
    TransactionOperations<Connection> transactions;

    private MessengerPeople people;
    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.notify_telegram.token", TelegramDouble.TOKEN,
                "fakh.plugins.notify_telegram.bot-name", "@" + TelegramDouble.BOT,
                "fakh.plugins.notify_telegram.api-url", telegram.url(),
                "fakh.public-url", "https://fakh.example/");
    }

    @BeforeEach
    void world() {
        if (people == null) {
            api = new Api(client);
            people = new MessengerPeople(api);
        }
        MessengerApiDouble.await("the webhook registered", () -> telegram.webhookSecret() != null);
    }

    @AfterAll
    void stopDouble() {
        assertThat(telegram.violations).isEmpty();
        telegram.close();
    }

    @Test
    void registersItsWebhookWithTheInstallationsSecret() {
        MessengerApiDouble.Call set = telegram.callsOf("setWebhook").get(0);
        assertThat(set.body()).containsEntry("url", "https://fakh.example/api/hooks/telegram");
        assertThat(set.body().get("allowed_updates")).isEqualTo(List.of("message"));
    }

    @Test
    void aPersonLinksTheirChatWithTheDeepLinkFromTheProfile() {
        Recipient person = people.learner("Оксана Лінкова");
        String token = people.tokenOf(person);
        long chat = IDS.incrementAndGet();

        Map<String, Object> link = api.post(token, "/api/me/messengers/notify_telegram/link", Map.of()).body();
        String url = (String) link.get("url");
        assertThat(url).startsWith("https://t.me/" + TelegramDouble.BOT + "?start=");
        assertThat(link.get("expiresAt")).isNotNull();

        assertThat(hook(TelegramDouble.privateMessage(IDS.incrementAndGet(), chat, "/start " + startOf(url), "en")).code()).isEqualTo(200);

        assertThat(telegram.textsTo(Long.toString(chat))).singleElement().asString().startsWith("Готово");
        assertThat(messengers(token)).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("id", "notify_telegram").containsEntry("name", "Telegram").containsEntry("linked", true);
        });
    }

    @Test
    void aTokenLinksOnceAndAWrongOneGetsAPoliteAnswer() {
        Recipient person = people.learner("Петро Двічі");
        String token = people.tokenOf(person);
        String start = startOf((String) api.post(token, "/api/me/messengers/notify_telegram/link", Map.of()).body().get("url"));
        long first = IDS.incrementAndGet();
        long second = IDS.incrementAndGet();

        hook(TelegramDouble.privateMessage(IDS.incrementAndGet(), first, "/start " + start, "uk"));
        hook(TelegramDouble.privateMessage(IDS.incrementAndGet(), second, "/start " + start, "en"));
        hook(TelegramDouble.privateMessage(IDS.incrementAndGet(), second, "/start not-a-token", "en"));

        assertThat(telegram.textsTo(Long.toString(second))).hasSize(2).allSatisfy(text -> assertThat(text).contains("does not work any more"));
        notify(person, "enrolled:" + UUID.randomUUID());
        assertThat(telegram.textsTo(Long.toString(first))).hasSize(2);
        assertThat(telegram.textsTo(Long.toString(second))).hasSize(2);
    }

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        Recipient person = people.learner("Ганна Повторна");
        String start = startOf((String) api.post(people.tokenOf(person), "/api/me/messengers/notify_telegram/link", Map.of())
                .body().get("url"));
        long chat = IDS.incrementAndGet();
        Map<String, Object> update = TelegramDouble.privateMessage(IDS.incrementAndGet(), chat, "/start " + start, "uk");

        hook(update);
        hook(update);

        assertThat(telegram.textsTo(Long.toString(chat))).hasSize(1);
    }

    @Test
    void aCallWithoutTheSecretIsRefused() {
        Map<String, Object> update = TelegramDouble.privateMessage(IDS.incrementAndGet(), IDS.incrementAndGet(), "/start x", "uk");

        assertThat(api.exchange(HttpRequest.POST("/api/hooks/telegram", update)).code()).isEqualTo(401);
        assertThat(api.exchange(HttpRequest.POST("/api/hooks/telegram", update)
                .header(TelegramWebhookController.SECRET_HEADER, "guessed")).code()).isEqualTo(401);
        assertThat(api.exchange(HttpRequest.POST("/api/hooks/telegram", "not json\u0000")
                .header(TelegramWebhookController.SECRET_HEADER, telegram.webhookSecret())).code()).isEqualTo(422);
    }

    @Test
    void noticesReachTheChatUntilThePersonBlocksTheBot() {
        Recipient person = people.learner("Ірина Блокувальниця");
        String token = people.tokenOf(person);
        long chat = linkedChat(token);

        notify(person, "enrolled:" + UUID.randomUUID());
        assertThat(telegram.textsTo(Long.toString(chat))).hasSize(2).last().asString().contains("Зарахування на курс");

        telegram.refusals.add(TelegramDouble.Refusal.BLOCKED);
        notify(person, "enrolled:" + UUID.randomUUID());
        notify(person, "enrolled:" + UUID.randomUUID());

        assertThat(telegram.textsTo(Long.toString(chat))).hasSize(2);
        assertThat(messengers(token)).singleElement().satisfies(m -> assertThat(m).containsEntry("linked", false));
    }

    @Test
    void stopUnlinksAndTheProfileCanUnlinkToo() {
        Recipient person = people.learner("Марко Стоп");
        String token = people.tokenOf(person);
        long chat = linkedChat(token);

        hook(TelegramDouble.privateMessage(IDS.incrementAndGet(), chat, "/stop", "uk"));
        assertThat(messengers(token)).singleElement().satisfies(m -> assertThat(m).containsEntry("linked", false));
        assertThat(telegram.textsTo(Long.toString(chat))).last().asString().contains("більше нічого");

        linkedChat(token);
        assertThat(api.exchange(Api.authorised(HttpRequest.DELETE("/api/me/messengers/notify_telegram"), token)).code()).isEqualTo(204);
        assertThat(messengers(token)).singleElement().satisfies(m -> assertThat(m).containsEntry("linked", false));
    }

    @Test
    void onlyMessengersOnOfferCanBeLinked() {
        String token = people.tokenOf(people.learner("Ольга Вайбер"));

        assertThat(api.post(token, "/api/me/messengers/notify_viber/link", Map.of()).code()).isEqualTo(404);
        assertThat(api.post(token, "/api/me/messengers/storage_s3/link", Map.of()).code()).isEqualTo(404);
        assertThat(api.post(null, "/api/me/messengers/notify_telegram/link", Map.of()).code()).isEqualTo(401);
    }

    private long linkedChat(String token) {
        String start = startOf((String) api.post(token, "/api/me/messengers/notify_telegram/link", Map.of()).body().get("url"));
        long chat = IDS.incrementAndGet();
        hook(TelegramDouble.privateMessage(IDS.incrementAndGet(), chat, "/start " + start, "uk"));
        return chat;
    }

    private void notify(Recipient person, String event) {
        transactions.executeWrite(status -> {
            notifications.send(Notice.of(event, person.userId(), NoticeKind.ENROLLED,
                    NoticeText.of("notice.kind.ENROLLED"), NoticeText.of("notice.kind.ENROLLED")));
            return null;
        });
        notifications.deliverDue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> messengers(String token) {
        HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.GET("/api/me/messengers"), token));
        return response.getBody(io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)))
                .map(list -> (List<Map<String, Object>>) (List<?>) list).orElseThrow();
    }

    private HttpResponse<Map<String, Object>> hook(Map<String, Object> update) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/hooks/telegram", update)
                .header(TelegramWebhookController.SECRET_HEADER, telegram.webhookSecret());
        return api.exchange(request);
    }

    private static String startOf(String url) {
        return url.substring(url.indexOf("?start=") + "?start=".length());
    }
}
