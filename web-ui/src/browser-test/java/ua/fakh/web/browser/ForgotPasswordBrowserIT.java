package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.testing.Api;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner who forgot the password, on a phone: "forgot password?" on the sign-in page, the reset
 * message read by an administrator in the kept mailbox ({@code /admin/mail}, no SMTP server set),
 * the link opened, a new password chosen, and a sign-in with it.
 */
@MicronautTest(transactional = false)
class ForgotPasswordBrowserIT extends ChromiumTest {
    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+(/password/reset/[A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "новий-пароль-з-телефона";

    @Inject
    Notifications notifications;

    @Test
    void aLearnerResetsTheForgottenPasswordWithTheLinkFromTheMailbox() {
        Api api = new Api(client);
        String admin = api.adminToken();
        String organization = api.createOrganization(admin, Api.unique("Громада на телефоні"), "OBLAST", null).get("id").toString();
        String email = (String) api.createUser(admin, "Світлана Забудько", java.util.UUID.fromString(organization), "LEARNER").get("email");

        try (BrowserContext hers = phone("uk-UA"); BrowserContext admins = phone("uk-UA")) {
            Page page = hers.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Забули пароль?")).click();
            page.getByLabel("Електронна пошта").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Надіслати посилання")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Перевірте пошту");
            assertFitsViewport(page);
            notifications.deliverDue();

            Page mailbox = admins.newPage();
            mailbox.setDefaultTimeout(10_000);
            mailbox.navigate(server.getURL() + "/signin");
            mailbox.getByLabel("Електронна пошта").fill(Api.ADMIN_EMAIL);
            mailbox.getByLabel("Пароль").fill(Api.ADMIN_PASSWORD);
            mailbox.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
            mailbox.navigate(server.getURL() + "/admin/mail?q=" + email);
            mailbox.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Відновлення пароля у Fakh")).click();
            Matcher link = RESET_LINK.matcher(mailbox.locator("pre.mail-text").innerText());
            assertThat(link.find()).as("the message carries a reset link").isTrue();

            page.navigate(server.getURL() + URI.create(link.group(1)).getPath());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Установіть новий пароль");
            assertFitsViewport(page);
            page.locator("#f-password").fill(NEW_PASSWORD); // labelled "Новий пароль", which the second label contains too
            page.getByLabel("Новий пароль ще раз").fill(NEW_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти й увійти")).click();
            page.waitForURL(server.getURL() + "/");
        }

        try (BrowserContext again = phone("uk-UA")) {
            Page page = again.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(email);
            page.getByLabel("Пароль").fill(NEW_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
            assertThat(page.getByText("Вітаємо, Світлана Забудько!")).isVisible();
        }
    }
}
