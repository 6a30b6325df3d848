package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.Ids;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator reads the kept mail on a 360 px phone: long addresses, subjects and lines wrap, and
 * the HTML version opens on its own page where a script in it does not run.
 */
@MicronautTest(transactional = false)
class KeptMailOnAPhoneBrowserIT extends ChromiumTest {
    @Inject
    List<NotificationChannel> channels;

    @Test
    void theKeptMailFitsAPhoneAndItsHtmlRunsNothing() {
        String mark = Api.unique("Запрошення");
        String address = "dovha-adresa-koordynatorky-sotsialnykh-posluh-" + UUID.randomUUID() + "@hromada-z-duzhe-dovhoyu-nazvoyu.example";
        String link = "https://fakh.example/set-password/" + "a".repeat(120);
        String html = "<html><head><title>Лист</title></head><body><p>" + mark + "</p>"
                + "<script>document.title = 'виконано'</script></body></html>";
        OutgoingMessage message = new OutgoingMessage(Ids.newId(),
                new Recipient(UUID.randomUUID(), address, "Оксана Довгоназвенко", Locale.forLanguageTag("uk")),
                NoticeKind.SESSION_TOMORROW, mark + " " + "Зустріч_групи_".repeat(8), mark + "\n\nПосилання: " + link, html, link,
                new NoticeAttachment("зустріч.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        channels.stream().filter(c -> c.descriptor().id().equals("notify_email")).findFirst().orElseThrow().send(message);

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(Api.ADMIN_EMAIL);
            page.getByLabel("Пароль").fill(Api.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Пошта").setExact(true)).click();
            page.getByLabel("Адреса або тема").fill(mark);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Знайти")).click();
            assertThat(page.locator("table.mail")).containsText(address);
            assertFitsViewport(page);

            page.locator("table.mail a").first().click();
            assertThat(page.locator("pre.mail-text")).containsText(link);
            assertThat(page.locator("dl.mail-headers")).containsText("зустріч.ics");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/admin/mail/" + message.id() + "/html");
            assertThat(page.locator("body")).containsText(mark);
            assertThat(page.title()).isEqualTo("Лист"); // the script did not run
        }
    }
}
