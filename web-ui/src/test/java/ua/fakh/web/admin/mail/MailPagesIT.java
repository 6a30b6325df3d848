package ua.fakh.web.admin.mail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.Ids;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /admin/mail}: an administrator reads what an installation without SMTP kept; nobody else does. */
@MicronautTest(transactional = false)
class MailPagesIT extends PageTest {
    @Inject
    List<NotificationChannel> channels;

    NotificationChannel email;

    @BeforeEach
    void findTheEmailChannel() {
        email = channels.stream().filter(c -> c.descriptor().id().equals("notify_email")).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorFindsAKeptMessageAndReadsItWhole() {
        String mark = Api.unique("Запрошення");
        OutgoingMessage message = keep(mark, "<p>Вітаємо! <script>alert(1)</script></p>",
                new NoticeAttachment("зустріч.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        browser.signInAsAdmin();

        Browser.Page list = browser.get("/admin/mail?q=" + Browser.encode(mark.toUpperCase(Locale.ROOT)));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains(mark).contains("href=\"/admin/mail/" + message.id() + "\"")
                .contains("class=\"mail stack\"").contains("data-label=").contains("href=\"/admin/mail\"")
                .contains("не надсилаються"); // no SMTP server: the page says mail is kept here

        Browser.Page page = browser.get("/admin/mail/" + message.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(mark).contains(message.recipient().email())
                .contains("&lt;" + message.id() + "@").contains("Перейдіть за посиланням")
                .contains("/admin/mail/" + message.id() + "/html").contains("/admin/mail/" + message.id() + "/attachment")
                .doesNotContain("<script>alert(1)</script>");

        Browser.Page html = browser.get("/admin/mail/" + message.id() + "/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.html()).isEqualTo(message.html());
        assertThat(html.headers().get("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'");

        Browser.Page file = browser.get("/admin/mail/" + message.id() + "/attachment");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/calendar");
        assertThat(file.headers().get("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(new String(browser.download("/admin/mail/" + message.id() + "/attachment"), StandardCharsets.UTF_8))
                .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void aMessageWithoutAttachmentOrAnUnknownOneIsNotFound() {
        OutgoingMessage message = keep(Api.unique("Без вкладення"), "<p>Текст</p>", null);
        browser.signInAsAdmin();

        assertThat(browser.get("/admin/mail/" + message.id() + "/attachment").status()).isEqualTo(404);
        assertThat(browser.get("/admin/mail/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(browser.get("/admin/mail/not-an-id").status()).isBetween(400, 404);
        assertThat(browser.get("/admin/mail?page=-3&q=%25").status()).isEqualTo(200);
    }

    @Test
    void aTrainerIsRefused() {
        OutgoingMessage message = keep(Api.unique("Таємне"), "<p>Текст</p>", null);
        browser.signIn(newUser("Тренерка Без Пошти", "TRAINER"), Api.PASSWORD);

        assertThat(browser.get("/admin/mail").status()).isEqualTo(403);
        assertThat(browser.get("/admin/mail/" + message.id()).status()).isEqualTo(403);
        assertThat(browser.get("/admin/mail/" + message.id() + "/html").status()).isEqualTo(403);
        assertThat(browser.get("/").html()).doesNotContain("href=\"/admin/mail\"");
    }

    private OutgoingMessage keep(String subject, String html, NoticeAttachment file) {
        Recipient to = new Recipient(UUID.randomUUID(), Api.unique("pages") + "@test.fakh", "Ірина Коваль", Locale.forLanguageTag("uk"));
        String text = subject + "\n\nПерейдіть за посиланням: https://fakh.example/set-password/abc";
        OutgoingMessage message = new OutgoingMessage(Ids.newId(), to, NoticeKind.INVITATION, subject, text, html,
                "https://fakh.example/set-password/abc", file);
        email.send(message);
        return message;
    }
}
