package ua.fakh.web.profile;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.notifications.MessengerApiDouble;
import ua.fakh.core.plugins.notify_telegram.TelegramDouble;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /profile/notifications}: linking Telegram from the profile, and the grid of kinds and channels. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class NotificationsPageIT extends PageTest implements TestPropertyProvider {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis());
    private final TelegramDouble telegram = new TelegramDouble();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.notify_telegram.token", TelegramDouble.TOKEN,
                "fakh.plugins.notify_telegram.bot-name", TelegramDouble.BOT,
                "fakh.plugins.notify_telegram.api-url", telegram.url(),
                "fakh.public-url", "https://fakh.example");
    }

    @AfterAll
    void stopDouble() {
        assertThat(telegram.violations).isEmpty();
        telegram.close();
    }

    @Test
    void aPersonLinksTelegramFromTheProfileAndSeesItAsAColumn() {
        String email = newUser("Оксана Профільна", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        Browser.Page before = browser.get("/profile/notifications");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.html()).contains("Прив’язати Telegram").contains("завжди надходять електронною поштою");

        Browser.Page withLink = browser.post("/profile/notifications/notify_telegram/link", Map.of());
        assertThat(withLink.status()).isEqualTo(200);
        assertThat(withLink.html()).contains("Посилання діє один раз");
        start(startOf(withLink));

        Browser.Page linked = browser.get("/profile/notifications");
        assertThat(linked.html()).contains("Відв’язати Telegram").contains("value=\"DUE_SOON:notify_telegram\"");
        assertThat(linked.html()).doesNotContain("PASSWORD_RESET");
    }

    @Test
    void theGridSavesWhatIsTickedAndNothingElse() {
        String email = newUser("Богдан Сітка", "LEARNER");
        browser.signIn(email, Api.PASSWORD);
        start(startOf(browser.post("/profile/notifications/notify_telegram/link", Map.of())));

        Browser.Page saved = browser.post("/profile/notifications", Map.of("c", List.of("DUE_SOON:notify_telegram")));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/profile/notifications?saved=choices");
        String html = browser.get(saved.location()).html();
        assertThat(html).contains("Ваш вибір збережено")
                .containsPattern("value=\"DUE_SOON:notify_telegram\"\\s+checked")
                .doesNotContainPattern("value=\"OVERDUE:notify_telegram\"\\s+checked");
        Map<String, Object> api = this.api.get(this.api.login(email, Api.PASSWORD), "/api/me/notifications").body();
        assertThat(api.get("kinds").toString()).contains("kind=OVERDUE, name=Курс прострочено, channels=[]");
    }

    @Test
    void aTamperedCellIsRefusedWithAReadablePage() {
        browser.signIn(newUser("Марта Підробка", "LEARNER"), Api.PASSWORD);

        Browser.Page refused = browser.post("/profile/notifications", Map.of("c", List.of("PASSWORD_RESET:notify_telegram",
                "DUE_SOON:notify_nothing")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("не є видом повідомлень").contains("називає канал");
    }

    @Test
    void unlinkingActsOnOnesOwnAccountOnly() {
        String first = newUser("Ірина Перша", "LEARNER");
        String second = newUser("Ігор Другий", "LEARNER");
        browser.signIn(first, Api.PASSWORD);
        start(startOf(browser.post("/profile/notifications/notify_telegram/link", Map.of())));

        try (Browser other = new Browser(server)) {
            other.signIn(second, Api.PASSWORD);
            assertThat(other.get("/profile/notifications").html()).contains("Прив’язати Telegram");
            assertThat(other.post("/profile/notifications/notify_telegram/unlink", Map.of()).status()).isEqualTo(303);
        }
        assertThat(browser.get("/profile/notifications").html()).contains("Відв’язати Telegram");

        Browser.Page unlinked = browser.post("/profile/notifications/notify_telegram/unlink", Map.of());
        assertThat(unlinked.status()).isEqualTo(303);
        assertThat(browser.get(unlinked.location()).html()).contains("Месенджер відв’язано").contains("Прив’язати Telegram");
    }

    @Test
    void aMessengerNotOnOfferIsNotFound() {
        browser.signIn(newUser("Олег Вайбер", "LEARNER"), Api.PASSWORD);

        assertThat(browser.post("/profile/notifications/notify_viber/link", Map.of()).status()).isEqualTo(404);
        assertThat(browser.get("/profile/notifications").html()).doesNotContain("Viber");
    }

    private static String startOf(Browser.Page page) {
        return page.find("https://t\\.me/" + TelegramDouble.BOT + "\\?start=([A-Za-z0-9_-]+)");
    }

    /** Telegram posting the person's {@code /start <token>} to the webhook. */
    private void start(String token) {
        MessengerApiDouble.await("the webhook registered", () -> telegram.webhookSecret() != null);
        long chat = IDS.incrementAndGet();
        int status = api.exchange(HttpRequest.POST("/api/hooks/telegram",
                TelegramDouble.privateMessage(IDS.incrementAndGet(), chat, "/start " + token, "uk"))
                .header("X-Telegram-Bot-Api-Secret-Token", telegram.webhookSecret())).code();
        assertThat(status).isEqualTo(200);
        assertThat(telegram.textsTo(Long.toString(chat))).singleElement().asString().startsWith("Готово");
    }
}
