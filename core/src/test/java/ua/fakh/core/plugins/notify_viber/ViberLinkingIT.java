package ua.fakh.core.plugins.notify_viber;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linking Viber as a person does it: the profile's API gives a deep link, Viber posts
 * {@code conversation_started} with its context to the signed webhook, the bot answers with its
 * welcome message; then notices arrive until the person unsubscribes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class ViberLinkingIT implements TestPropertyProvider {
    private final ViberDouble viber = new ViberDouble();

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
        return Map.of("fakh.plugins.notify_viber.token", ViberDouble.TOKEN,
                "fakh.plugins.notify_viber.bot-name", ViberDouble.BOT,
                "fakh.plugins.notify_viber.chat-uri", "fakhtest",
                "fakh.plugins.notify_viber.api-url", viber.url(),
                "fakh.public-url", "https://fakh.example");
    }

    @BeforeEach
    void world() {
        if (people == null) {
            api = new Api(client);
            people = new MessengerPeople(api);
        }
    }

    @AfterAll
    void stopDouble() {
        assertThat(viber.violations).isEmpty();
        viber.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersItsWebhookOnceTheServerListens() {
        MessengerApiDouble.await("set_webhook", () -> !viber.callsOf("set_webhook").isEmpty());

        assertThat(viber.callsOf("set_webhook").get(0).body()).containsEntry("url", "https://fakh.example/api/hooks/viber")
                .satisfies(body -> assertThat((List<Object>) body.get("event_types")).contains("conversation_started", "unsubscribed"));
    }

    @Test
    void aPersonLinksTheirViberWithTheDeepLinkFromTheProfile() {
        Recipient person = people.learner("Віра Лінкова");
        String token = people.tokenOf(person);
        String viberId = newViberId();

        String url = (String) api.post(token, "/api/me/messengers/notify_viber/link", Map.of()).body().get("url");
        HttpResponse<Map<String, Object>> welcome = hook(conversationStarted(viberId, contextOf(url), false));

        assertThat(welcome.code()).isEqualTo(200);
        assertThat(welcome.body()).containsEntry("type", "text").containsEntry("sender", Map.of("name", ViberDouble.BOT));
        assertThat((String) welcome.body().get("text")).startsWith("Прив’язано");
        assertThat(messengers(token)).singleElement().satisfies(m ->
                assertThat(m).containsEntry("id", "notify_viber").containsEntry("linked", true));

        notify(person);
        assertThat(viber.textsTo(viberId)).singleElement().asString().contains("Зарахування на курс");
    }

    @Test
    void aContextLinksOnce() {
        Recipient person = people.learner("Остап Двічі");
        String token = people.tokenOf(person);
        String context = contextOf((String) api.post(token, "/api/me/messengers/notify_viber/link", Map.of()).body().get("url"));
        String first = newViberId();
        String second = newViberId();

        hook(conversationStarted(first, context, true));
        HttpResponse<Map<String, Object>> refused = hook(conversationStarted(second, context, true));

        assertThat((String) refused.body().get("text")).contains("вже не діє");
        notify(person);
        assertThat(viber.textsTo(first)).hasSize(1);
        assertThat(viber.textsTo(second)).isEmpty();
    }

    @Test
    void aCallbackWithoutTheRightSignatureIsRefused() {
        byte[] body = json(conversationStarted(newViberId(), "whatever", false));

        assertThat(api.exchange(HttpRequest.POST("/api/hooks/viber", body).contentType(MediaType.APPLICATION_JSON_TYPE)).code())
                .isEqualTo(401);
        assertThat(api.exchange(HttpRequest.POST("/api/hooks/viber", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(ViberWebhookController.SIGNATURE_HEADER, ViberDouble.sign("other".getBytes(StandardCharsets.UTF_8)))).code())
                .isEqualTo(401);
    }

    @Test
    void unsubscribingUnlinksAndNothingMoreIsSent() {
        Recipient person = people.learner("Лада Відписана");
        String token = people.tokenOf(person);
        String viberId = newViberId();
        hook(conversationStarted(viberId, contextOf((String) api.post(token, "/api/me/messengers/notify_viber/link", Map.of())
                .body().get("url")), true));

        assertThat(hook(Map.of("event", "unsubscribed", "timestamp", 1765000000000L, "user_id", viberId,
                "message_token", 4912661846655238145L)).code()).isEqualTo(200);

        notify(person);
        assertThat(viber.textsTo(viberId)).isEmpty();
        assertThat(messengers(token)).singleElement().satisfies(m -> assertThat(m).containsEntry("linked", false));
    }

    @Test
    void aPersonWhoLeftTheBotIsUnlinkedAtTheFirstRefusal() {
        Recipient person = people.learner("Федір Пішов");
        String token = people.tokenOf(person);
        String viberId = newViberId();
        hook(conversationStarted(viberId, contextOf((String) api.post(token, "/api/me/messengers/notify_viber/link", Map.of())
                .body().get("url")), true));

        viber.refusals.add(ViberDouble.Refusal.NOT_SUBSCRIBED);
        notify(person);
        notify(person);

        assertThat(viber.textsTo(viberId)).isEmpty();
        assertThat(viber.callsOf("send_message").stream().filter(c -> viberId.equals(c.body().get("receiver")))).hasSize(1);
        assertThat(messengers(token)).singleElement().satisfies(m -> assertThat(m).containsEntry("linked", false));
    }

    private void notify(Recipient person) {
        transactions.executeWrite(status -> {
            notifications.send(Notice.of("enrolled:" + UUID.randomUUID(), person.userId(), NoticeKind.ENROLLED,
                    NoticeText.of("notice.kind.ENROLLED"), NoticeText.of("notice.kind.ENROLLED")));
            return null;
        });
        notifications.deliverDue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> messengers(String token) {
        HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.GET("/api/me/messengers"), token));
        return response.getBody(Argument.listOf(Argument.mapOf(String.class, Object.class)))
                .map(list -> (List<Map<String, Object>>) (List<?>) list).orElseThrow();
    }

    /** Posts a callback signed as Viber signs it. */
    private HttpResponse<Map<String, Object>> hook(Map<String, Object> event) {
        byte[] body = json(event);
        return api.exchange(HttpRequest.POST("/api/hooks/viber", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(ViberWebhookController.SIGNATURE_HEADER, ViberDouble.sign(body)));
    }

    private static byte[] json(Map<String, Object> event) {
        try {
            return io.micronaut.json.JsonMapper.createDefault().writeValueAsBytes(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> conversationStarted(String viberId, String context, boolean subscribed) {
        return Map.of("event", "conversation_started", "timestamp", 1765000000000L, "message_token", 4912661846655238145L,
                "type", "open", "context", context, "subscribed", subscribed,
                "user", Map.of("id", viberId, "name", "Віра", "language", "uk", "country", "UA", "api_version", 10));
    }

    private static String newViberId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22) + "==";
    }

    private static String contextOf(String url) {
        return url.substring(url.indexOf("&context=") + "&context=".length());
    }
}
