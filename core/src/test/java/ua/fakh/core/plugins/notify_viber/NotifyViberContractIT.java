package ua.fakh.core.plugins.notify_viber;

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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** notify_viber against the REST bot API double: the channel contract, and Viber's own refusals. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class NotifyViberContractIT extends NotificationChannelContract implements TestPropertyProvider {
    private final ViberDouble viber = new ViberDouble();
    private final Map<UUID, String> receivers = new ConcurrentHashMap<>();

    @Inject
    NotifyViber channel;
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
        // an http public URL: no webhook registration in this test
        return Map.of("fakh.plugins.notify_viber.token", ViberDouble.TOKEN,
                "fakh.plugins.notify_viber.bot-name", ViberDouble.BOT,
                "fakh.plugins.notify_viber.chat-uri", "fakhtest",
                "fakh.plugins.notify_viber.api-url", viber.url());
    }

    @AfterAll
    void stopDouble() {
        assertThat(viber.violations).isEmpty();
        viber.close();
    }

    @BeforeEach
    void people() {
        if (people == null) {
            people = new MessengerPeople(new Api(client));
        }
        linked = people.learner("Віра Вайберна");
        stranger = people.learner("Назар Без Вайбера");
        String receiver = UUID.randomUUID().toString().replace("-", "").substring(0, 22) + "==";
        assertThat(accounts.redeem(NotifyViber.ID, accounts.newToken(NotifyViber.ID, linked.userId()).token(), receiver)).isPresent();
        receivers.put(linked.userId(), receiver);
        viber.refusals.clear();
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
        String receiver = receivers.get(recipient.userId());
        return receiver == null ? List.of() : viber.textsTo(receiver);
    }

    @Override
    protected void makeTheServiceRefuse() {
        viber.refusals.add(ViberDouble.Refusal.SERVER_ERROR);
    }

    @Test
    void waitsAsLongAsViberSaysAfterA429() {
        viber.refusals.add(ViberDouble.Refusal.TOO_MANY_REQUESTS);

        DeliveryResult result = channel.send(message(linked, "Нагадування"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(11));
        assertThat(channel.reaches(linked)).isTrue();
    }

    @Test
    void aPersonWhoUnsubscribedIsUnlinkedAndNotReachedAgain() {
        viber.refusals.add(ViberDouble.Refusal.NOT_SUBSCRIBED);

        DeliveryResult result = channel.send(message(linked, "Нагадування"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(result.reason()).contains("receiverNotSubscribed");
        assertThat(channel.reaches(linked)).isFalse();
        assertThat(channel.send(message(linked, "Ще одне")).outcome()).isEqualTo(DeliveryResult.Outcome.FAILED);
        assertThat(receivedBy(linked)).isEmpty();
    }

    @Test
    void sendsAsTheBotsName() {
        channel.send(message(linked, "Вітання"));

        assertThat(viber.callsOf("send_message")).last().satisfies(call ->
                assertThat(call.body()).containsEntry("sender", Map.of("name", ViberDouble.BOT)).containsEntry("type", "text"));
    }

    @Test
    void theDeepLinkOpensTheBotWithAOneTimeContext() {
        assertThat(channel.startLinking(stranger.userId()).url())
                .matches("viber://pa\\?chatURI=fakhtest&context=[A-Za-z0-9_-]{32}");
    }
}
