package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.MessengerApiDouble;
import ua.fakh.core.plugins.notify_telegram.TelegramDouble;
import ua.fakh.core.testing.Api;

import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner on a 360 px phone links Telegram from the profile and switches a kind of message off:
 * the deep link and the grid (one card per kind on a phone) fit the screen.
 */
@MicronautTest(transactional = false)
class NotificationsOnAPhoneBrowserIT extends ChromiumTest implements TestPropertyProvider {
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
        telegram.close();
    }

    @Test
    void linkingTelegramAndChoosingFitAPhone() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID organization = Api.id(api.createOrganization(admin, Api.unique("Громада"), "OBLAST", null));
        String email = (String) api.createUser(admin, "Зоряна Телефонна", organization, "LEARNER").get("email");

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(email);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/profile");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сповіщення: які повідомлення отримувати — поштою чи в месенджері")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Прив’язати Telegram")).click();
            String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Відкрийте Telegram і натисніть «Старт»"))
                    .getAttribute("href");
            assertFitsViewport(page);

            MessengerApiDouble.await("the webhook registered", () -> telegram.webhookSecret() != null);
            api.exchange(HttpRequest.POST("/api/hooks/telegram", TelegramDouble.privateMessage(System.currentTimeMillis(), 31_337L,
                    "/start " + href.substring(href.indexOf("start=") + 6), "uk"))
                    .header("X-Telegram-Bot-Api-Secret-Token", telegram.webhookSecret()));

            page.navigate(server.getURL() + "/profile/notifications");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Відв’язати Telegram"))).isVisible();
            page.getByLabel("Курс прострочено: Telegram").uncheck();
            assertFitsViewport(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ваш вибір збережено");
            assertThat(page.getByLabel("Курс прострочено: Telegram")).not().isChecked();
            assertThat(page.getByLabel("Наближається кінцевий термін: Telegram")).isChecked();
            assertFitsViewport(page);
        }
        assertThat(telegram.violations).isEmpty();
    }
}
