package ua.fakh.web.admin.notifications;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's page of the message queue: what was sent, to whom, by which channel; refused to others. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.recording-channels", value = "true")
// the recording channels stand for e-mail and a messenger here: the real e-mail channel stays out
@Property(name = "fakh.plugins.notify_email.enabled", value = "false")
class NotificationQueuePagesIT extends PageTest {
    @Inject
    Notifications notifications;
    @Inject
    TransactionOperations<?> transactions;

    @Test
    void anAdministratorSeesWhatWasSentAndToWhomAndNobodyElseDoes() {
        String admin = api.adminToken();
        UUID organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        Map<String, Object> person = api.createUser(admin, "Отримувачка Черги", organization, "LEARNER");
        transactions.executeWrite(status -> {
            notifications.send(Notice.of("queue-page:" + UUID.randomUUID(), Api.id(person), NoticeKind.ENROLLED,
                    NoticeText.of("notice.kind.ENROLLED")));
            return null;
        });
        notifications.deliverDue();

        browser.signInAsAdmin();
        Browser.Page page = browser.get("/admin/notifications?status=SENT");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Отримувачка Черги").contains("Зарахування на курс").contains("Надіслані");
        Browser.Page retried = browser.post("/admin/notifications/" + UUID.randomUUID() + "/retry", Map.of());
        assertThat(retried.status()).isEqualTo(303);
        assertThat(browser.get(retried.location()).html()).contains("вже не чекає");

        try (Browser learner = new Browser(server)) {
            learner.signIn((String) person.get("email"), Api.PASSWORD);
            assertThat(learner.get("/admin/notifications").status()).isEqualTo(403);
        }
    }
}
