package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.MessengerAccounts;
import ua.fakh.core.notifications.MessengerPeople;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.NotificationChannelContract;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** notify_telegram against the Bot API double: the channel contract, and Telegram's own refusals. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class NotifyTelegramContractIT extends NotificationChannelContract implements TestPropertyProvider {
    private static final AtomicLong CHATS = new AtomicLong(5_000_000_000L);
    private final TelegramDouble telegram = new TelegramDouble();
    private final Map<java.util.UUID, String> chats = new ConcurrentHashMap<>();

    @Inject
    NotifyTelegram channel;
    @Inject
    MessengerAccounts accounts;
    @Inject
    @Client("/")
    HttpClient client;

    private MessengerPeople people;
    private Recipient linked;
    private Recipient stranger;

    @Override
    public Map<String, String> getProperties() {
        // no bot name: the deep link's name comes from getMe
        return Map.of("fakh.plugins.notify_telegram.token", TelegramDouble.TOKEN,
                "fakh.plugins.notify_telegram.api-url", telegram.url(),
                "fakh.public-url", "https://fakh.example");
    }

    @AfterAll
    void stopDouble() {
        assertThat(telegram.violations).isEmpty();
        telegram.close();
    }

    @BeforeEach
    void people() {
        if (people == null) {
            people = new MessengerPeople(new Api(client));
        }
        linked = people.learner("Оксана Телеграмна");
        stranger = people.learner("Степан Без Телеграму");
        link(linked);
        telegram.refusals.clear();
    }

    private void link(Recipient person) {
        String chat = Long.toString(CHATS.incrementAndGet());
        MessengerAccounts.LinkToken token = accounts.newToken(NotifyTelegram.ID, person.userId());
        assertThat(accounts.redeem(NotifyTelegram.ID, token.token(), chat)).isPresent();
        chats.put(person.userId(), chat);
    }

    @Override
    protected NotificationChannel channel() {
        return channel;
    }

    @Override
    protected Recipient reachable() {
        return linked;
    }

    @Override
    protected Recipient unreachable() {
        return stranger;
    }

    @Override
    protected List<String> receivedBy(Recipient recipient) {
        String chat = chats.get(recipient.userId());
        return chat == null ? List.of() : telegram.textsTo(chat);
    }

    @Override
    protected void makeTheServiceRefuse() {
        telegram.refusals.add(TelegramDouble.Refusal.SERVER_ERROR);
    }

    @Test
    void waitsAsLongAsTelegramSaysAfterA429() {
        telegram.refusals.add(TelegramDouble.Refusal.TOO_MANY_REQUESTS);

        DeliveryResult result = channel.send(message(linked, "Нагадування"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(channel.reaches(linked)).isTrue();
    }

    @Test
    void aPersonWhoBlockedTheBotIsUnlinkedAndNotReachedAgain() {
        telegram.refusals.add(TelegramDouble.Refusal.BLOCKED);

        DeliveryResult result = channel.send(message(linked, "Нагадування"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(result.reason()).contains("blocked");
        assertThat(channel.reaches(linked)).isFalse();
        assertThat(channel.send(message(linked, "Ще одне")).outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(receivedBy(linked)).isEmpty();
    }

    @Test
    void escapesTextAsTelegramsHtmlWants() {
        DeliveryResult result = channel.send(message(linked, "Курс <Право & етика>"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.SENT);
        assertThat(receivedBy(linked)).singleElement().asString()
                .startsWith("<b>Курс &lt;Право &amp; етика&gt;</b>");
    }

    @Test
    void theDeepLinkNamesTheBotTelegramReports() {
        assertThat(channel.startLinking(stranger.userId()).url())
                .matches("https://t\\.me/" + TelegramDouble.BOT + "\\?start=[A-Za-z0-9_-]{32}");
    }
}
