package ua.fakh.core.plugins.notify_email;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.Ids;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code FAKH_MAIL_HOST} the e-mail channel keeps every message in the database, once, and
 * administrators — only they — read it through {@code /api/admin/mail}.
 */
@MicronautTest(transactional = false)
class KeptMailIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    List<NotificationChannel> channels;

    Api api;
    String admin;
    NotificationChannel email;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        email = channels.stream().filter(c -> c.descriptor().id().equals("notify_email")).findFirst().orElseThrow();
    }

    @Test
    void keepsAMessageOnceAndShowsItToAnAdministrator() {
        Recipient person = person();
        OutgoingMessage message = message(person, "Вас запрошено до Фаху", null);

        assertThat(email.send(message).outcome()).isEqualTo(DeliveryResult.Outcome.SENT);
        assertThat(email.send(message).outcome()).isEqualTo(DeliveryResult.Outcome.SENT); // a retry: kept once

        HttpResponse<Map<String, Object>> list = api.get(admin, "/api/admin/mail?to=" + person.email().toUpperCase(Locale.ROOT));
        assertThat(list.code()).isEqualTo(200);
        assertThat(list.body()).containsEntry("totalSize", 1);
        Map<?, ?> row = (Map<?, ?>) ((List<?>) list.body().get("content")).get(0);
        assertThat(row.get("id")).isEqualTo(message.id().toString());
        assertThat(row.get("subject")).isEqualTo("Вас запрошено до Фаху");
        assertThat(row.get("to")).isEqualTo(person.email());

        Map<String, Object> whole = api.get(admin, "/api/admin/mail/" + message.id()).body();
        assertThat(whole).containsEntry("recipientId", person.userId().toString())
                .containsEntry("text", message.text()).containsEntry("html", message.html())
                .containsEntry("attachment", null);
        assertThat((String) whole.get("messageId")).startsWith("<" + message.id() + "@");
        assertThat((String) whole.get("from")).isNotBlank();
    }

    @Test
    void keepsTheAttachmentAndFindsMessagesByWordsOfTheSubject() {
        Recipient person = person();
        String word = Api.unique("зустріч");
        OutgoingMessage message = message(person, "Завтра " + word,
                new NoticeAttachment("session.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        email.send(message);

        Map<String, Object> found = api.get(admin, "/api/admin/mail?q=" + URLEncoder.encode(word.toUpperCase(Locale.ROOT), StandardCharsets.UTF_8)).body();
        assertThat(found).containsEntry("totalSize", 1);
        assertThat(((Map<?, ?>) ((List<?>) found.get("content")).get(0)).get("attachmentName")).isEqualTo("session.ics");
        Map<?, ?> attachment = (Map<?, ?>) api.get(admin, "/api/admin/mail/" + message.id()).body().get("attachment");
        assertThat(attachment.get("fileName")).isEqualTo("session.ics");
        assertThat((String) attachment.get("contentType")).startsWith("text/calendar").contains("method=PUBLISH");
        assertThat(attachment.get("content")).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void listsTheNewestFirstInPages() {
        Recipient person = person();
        OutgoingMessage first = message(person, "Перший", null);
        // kept in the same microsecond, the later id comes first: ids are time-ordered in Fakh
        UUID laterId = new UUID(first.id().getMostSignificantBits(), first.id().getLeastSignificantBits() + 1);
        OutgoingMessage second = withId(message(person, "Другий", null), laterId);
        email.send(first);
        email.send(second);

        Map<String, Object> page = api.get(admin, "/api/admin/mail?to=" + person.email() + "&size=1").body();

        assertThat(page).containsEntry("totalSize", 2).containsEntry("size", 1);
        assertThat(((Map<?, ?>) ((List<?>) page.get("content")).get(0)).get("subject")).isEqualTo("Другий");
    }

    @Test
    void refusesEveryoneButAdministrators() {
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        Map<String, Object> trainer = api.createUser(admin, "Тренерка Пошти", oblast, "TRAINER");
        String token = api.login((String) trainer.get("email"), Api.PASSWORD);
        OutgoingMessage message = message(person(), "Таємне", null);
        email.send(message);

        assertThat(api.get(token, "/api/admin/mail").code()).isEqualTo(403);
        assertThat(api.get(token, "/api/admin/mail/" + message.id()).code()).isEqualTo(403);
        assertThat(api.get(null, "/api/admin/mail").code()).isEqualTo(401);
    }

    @Test
    void answersAnUnknownMessageWith404AndBadPagingWith400() {
        assertThat(api.get(admin, "/api/admin/mail/" + UUID.randomUUID()).code()).isEqualTo(404);
        assertThat(api.get(admin, "/api/admin/mail/not-an-id").code()).isEqualTo(400);
        assertThat(api.get(admin, "/api/admin/mail?size=100000").code()).isEqualTo(400);
        assertThat(api.get(admin, "/api/admin/mail?q=%25_%5C").code()).isEqualTo(200);
    }

    private static Recipient person() {
        return new Recipient(UUID.randomUUID(), Api.unique("mail") + "@test.fakh", "Марія Коваль", Locale.forLanguageTag("uk"));
    }

    private static OutgoingMessage withId(OutgoingMessage m, UUID id) {
        return new OutgoingMessage(id, m.recipient(), m.kind(), m.subject(), m.text(), m.html(), m.link(), m.attachment());
    }

    private static OutgoingMessage message(Recipient to, String subject, NoticeAttachment file) {
        String link = "https://fakh.example/set-password/abc";
        return new OutgoingMessage(Ids.newId(), to, NoticeKind.INVITATION, subject, subject + "\n\n" + link,
                "<p>" + subject + "</p><p><a href=\"" + link + "\">" + link + "</a></p>", link, file);
    }
}
