package ua.fakh.core.notifications;

import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.Plugin;
import ua.fakh.core.plugins.PluginContract;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link NotificationChannel} must do. Extend it once per plugin; the test provides the
 * far side (an in-process SMTP server, an HTTP double of a messenger's API) and says what arrived there.
 */
public abstract class NotificationChannelContract extends PluginContract {

    protected abstract NotificationChannel channel();

    /** A person the channel reaches (for a messenger: one who linked it). */
    protected abstract Recipient reachable();

    /** A person the channel must not reach (for a messenger: one who never linked it); null when everyone is reached. */
    protected abstract Recipient unreachable();

    /** The texts the far side received for this person so far, in order (subject and body together). */
    protected abstract List<String> receivedBy(Recipient recipient);

    /** Makes the far side refuse for a while (server down, 429); the channel must answer RETRY and not throw. */
    protected abstract void makeTheServiceRefuse();

    @Override
    protected Plugin plugin() {
        return channel();
    }

    @Override
    protected String expectedType() {
        return "notify";
    }

    @Test
    void sendsACyrillicMessageWithItsLinkToAPersonItReaches() {
        Recipient person = reachable();
        assertThat(channel().reaches(person)).isTrue();

        DeliveryResult result = channel().send(message(person, "Вас зараховано на курс «Самодопомога»"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.SENT);
        assertThat(String.join("\n", receivedBy(person)))
                .contains("Вас зараховано на курс «Самодопомога»")
                .contains("https://fakh.example/learn/course-1");
    }

    @Test
    void doesNotReachAPersonWhoDidNotOptIn() {
        Recipient stranger = unreachable();
        if (stranger != null) {
            assertThat(channel().reaches(stranger)).isFalse();
        }
    }

    @Test
    void answersRetryWithoutThrowingWhenTheServiceRefuses() {
        Recipient person = reachable();
        makeTheServiceRefuse();

        DeliveryResult result = channel().send(message(person, "Нагадування"));

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(result.reason()).isNotBlank();
    }

    protected static OutgoingMessage message(Recipient to, String subject) {
        String link = "https://fakh.example/learn/course-1";
        return new OutgoingMessage(UUID.randomUUID(), to, NoticeKind.ENROLLED, subject,
                subject + "\n\n" + link, "<p>" + subject + "</p><p><a href=\"" + link + "\">" + link + "</a></p>", link, null);
    }
}
