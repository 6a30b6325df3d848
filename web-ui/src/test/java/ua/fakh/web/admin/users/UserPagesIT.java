package ua.fakh.web.admin.users;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.TestMailbox;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
class UserPagesIT extends PageTest {
    @Inject
    TestMailbox notices;

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
    }

    @Test
    void adminCreatesAUserWhoIsInvitedAndChoosesTheirOwnPassword() {
        String email = Api.unique("hanna") + "@test.fakh";
        Browser.Page created = browser.post("/admin/users", Map.of("email", email, "fullName", "Ганна Зінченко",
                "locale", "uk", "organizationId", newProvider().toString(), "roles", List.of("LEARNER", "HR")));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.html()).contains("надіслано запрошення").doesNotContain("class=\"secret\"");
        OutgoingMessage invitation = notices.to(userId(email), NoticeKind.INVITATION).get(0);
        try (Browser hers = new Browser(server)) {
            Browser.Page set = hers.post(TestMailbox.path(invitation), Map.of("password", "її-власний-пароль",
                    "repeatPassword", "її-власний-пароль"));
            assertThat(set.location()).isEqualTo("/");
            assertThat(hers.get("/").html()).contains("Вітаємо, Ганна Зінченко!").contains("Слухач").contains("Кадрова служба");
        }
    }

    @Test
    void anAdministratorInvitesAgainSomeoneWhoHasNotAcceptedYet() {
        String email = Api.unique("late") + "@test.fakh";
        browser.post("/admin/users", Map.of("email", email, "fullName", "Запізніла Особа", "locale", "uk",
                "organizationId", newProvider().toString(), "roles", "LEARNER"));
        UUID id = userId(email);
        assertThat(browser.get("/admin/users?q=" + Browser.encode(email)).html()).contains("/admin/users/" + id + "/invitation");

        Browser.Page again = browser.post("/admin/users/" + id + "/invitation", Map.of());

        assertThat(again.status()).isEqualTo(303);
        assertThat(browser.get(again.location().replaceAll("#.*", "")).html()).contains("Запрошення надіслано знову");
        assertThat(notices.to(id, NoticeKind.INVITATION)).hasSize(2);
    }

    @Test
    void aFormWithProblemsShowsThemNextToTheFields() {
        Browser.Page page = browser.post("/admin/users", Map.of("email", "not-an-email", "fullName", "",
                "locale", "uk", "organizationId", ""));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-email-error\"").contains("value=\"not-an-email\"")
                .contains("id=\"f-fullName-error\"").contains("id=\"f-organizationId-error\"").contains("Позначте щонайменше одну роль");
    }

    @Test
    void anEmailThatExistsIsRefused() {
        Browser.Page page = browser.post("/admin/users", Map.of("email", Browser.ADMIN_EMAIL, "fullName", "Хтось",
                "locale", "uk", "organizationId", newProvider().toString(), "roles", "LEARNER"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("Користувач із такою електронною поштою вже існує");
    }

    @Test
    void searchFindsPeopleByCyrillicName() {
        String surname = "Пономаренко" + UUID.randomUUID().toString().substring(0, 4);
        newUser("Віра " + surname, "LEARNER");

        Browser.Page page = browser.get("/admin/users?q=" + Browser.encode(surname.toLowerCase()));

        assertThat(page.html()).contains("Віра " + surname).contains("Знайдено: 1");
    }

    @Test
    void disablingEndsAccessAndEnablingRestoresIt() {
        String email = newUser("Петро Гуменюк", "LEARNER");
        UUID id = userId(email);

        Browser.Page asked = browser.post("/admin/users/" + id + "/status", Map.of("status", "DISABLED", "q", email, "page", "0"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html()).contains("Заблокувати обліковий запис?").contains("Петро Гуменюк")
                .contains("name=\"confirm\" value=\"yes\"");
        try (Browser his = new Browser(server)) {
            assertThat(his.signIn(email, Api.PASSWORD).status()).as("one tap changes nothing").isEqualTo(303);
        }
        Browser.Page disabled = browser.post("/admin/users/" + id + "/status", Map.of("status", "DISABLED", "q", email, "page", "0",
                "confirm", "yes"));
        try (Browser his = new Browser(server)) {
            Browser.Page refused = his.signIn(email, Api.PASSWORD);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.html()).contains("Ваш обліковий запис заблоковано");
            assertThat(his.signIn(email, "not-his-password").html()).doesNotContain("заблоковано")
                    .contains("Неправильна електронна пошта або пароль");
        }
        browser.post("/admin/users/" + id + "/status", Map.of("status", "ACTIVE", "q", email, "page", "0"));
        try (Browser his = new Browser(server)) {
            assertThat(his.signIn(email, Api.PASSWORD).status()).isEqualTo(303);
        }
        assertThat(disabled.status()).isEqualTo(303);
        assertThat(browser.get(disabled.location().replaceAll("#.*", "")).html()).contains("Обліковий запис заблоковано");
    }

    @Test
    void aPasswordResetSendsALinkAndShowsNoPassword() {
        String email = newUser("Юлія Мороз", "LEARNER");

        Browser.Page asked = browser.post("/admin/users/" + userId(email) + "/password-reset", Map.of());
        assertThat(notices.to(userId(email), NoticeKind.PASSWORD_RESET)).as("one tap changes nothing").isEmpty();
        Browser.Page reset = browser.post("/admin/users/" + userId(email) + "/password-reset", Map.of("confirm", "yes"));

        assertThat(asked.html()).contains("Надіслати посилання для відновлення пароля?").contains("Юлія Мороз");
        assertThat(reset.status()).isEqualTo(303);
        assertThat(browser.get(reset.location().replaceAll("#.*", "")).html()).contains("Посилання для встановлення нового пароля надіслано")
                .doesNotContain("class=\"secret\"");
        assertThat(notices.to(userId(email), NoticeKind.PASSWORD_RESET)).hasSize(1);
        try (Browser hers = new Browser(server)) {
            assertThat(hers.signIn(email, Api.PASSWORD).status()).as("the password stays until the link is used").isEqualTo(303);
        }
    }
}
