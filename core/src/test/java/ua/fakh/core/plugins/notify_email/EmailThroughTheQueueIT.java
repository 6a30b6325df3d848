package ua.fakh.core.plugins.notify_email;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.testing.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end without an SMTP server: a notice announced (twice, in two transactions) goes through the
 * queue to the e-mail channel, and an administrator finds it at {@code /api/admin/mail} exactly once.
 */
@MicronautTest(transactional = false)
// the test decides when messages go out
@Property(name = "fakh.notifications.send", value = "false")
class EmailThroughTheQueueIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Notifications notifications;
    @Inject
    TransactionOperations<Connection> transactions;

    Api api;
    String admin;
    UUID organization;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
    }

    @Test
    void anInvitationAnnouncedTwiceIsKeptOnce() {
        Map<String, Object> person = api.createUser(admin, "Наталія Запрошена", organization, "LEARNER");
        UUID id = Api.id(person);
        String email = (String) person.get("email");
        String mark = Api.unique("Запрошення");
        Notice invitation = Notice.of("invitation:" + id + ":" + mark, id, NoticeKind.INVITATION,
                NoticeText.of("notice.greeting", mark), NoticeText.of("notice.kind.INVITATION"))
                .withAction(NoticeText.of("notice.action.open"), "/set-password/" + mark);

        announce(invitation);
        announce(invitation);
        notifications.deliverDue();
        notifications.deliverDue();

        Map<String, Object> kept = api.get(admin, "/api/admin/mail?to=" + email + "&q=" + URLEncoder.encode(mark, StandardCharsets.UTF_8)).body();
        assertThat(kept).containsEntry("totalSize", 1);
        Map<?, ?> row = (Map<?, ?>) ((List<?>) kept.get("content")).get(0);
        assertThat((String) row.get("subject")).contains(mark);
        Map<String, Object> whole = api.get(admin, "/api/admin/mail/" + row.get("id")).body();
        assertThat(whole).containsEntry("recipientId", id.toString());
        assertThat((String) whole.get("text")).contains("/set-password/" + mark);
        assertThat((String) whole.get("html")).contains("href=\"").contains("/set-password/" + mark);
    }

    @Test
    void aSessionReminderKeepsItsCalendar() {
        Map<String, Object> person = api.createUser(admin, "Остап Учасник", organization, "LEARNER");
        UUID id = Api.id(person);
        String mark = Api.unique("Зустріч");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fakh//UK\r\nEND:VCALENDAR\r\n";
        announce(Notice.of("session-1d:" + mark, id, NoticeKind.SESSION_TOMORROW, NoticeText.of("notice.greeting", mark))
                .withAttachment(new NoticeAttachment("session.ics", "text/calendar", ics)));
        notifications.deliverDue();

        Map<String, Object> kept = api.get(admin, "/api/admin/mail?to=" + person.get("email")).body();
        assertThat(kept).containsEntry("totalSize", 1);
        Map<?, ?> row = (Map<?, ?>) ((List<?>) kept.get("content")).get(0);
        Map<?, ?> attachment = (Map<?, ?>) api.get(admin, "/api/admin/mail/" + row.get("id")).body().get("attachment");
        assertThat(attachment.get("content")).isEqualTo(ics);
        assertThat((String) attachment.get("contentType")).startsWith("text/calendar").contains("method=PUBLISH");
    }

    private void announce(Notice notice) {
        transactions.executeWrite(status -> {
            notifications.send(notice);
            return null;
        });
    }
}
