package ua.fakh.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.TestMailbox;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Forgot password?" and the pages the e-mailed links open, as a browser uses them. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
class PasswordPagesIT extends PageTest {
    static final String CHOSEN = "мій-новий-пароль-2026";

    @Inject
    TestMailbox notices;

    @Test
    void theSignInPageLeadsToForgotPasswordAndTheAnswerIsTheSameForAnyAddress() {
        assertThat(browser.get("/signin").html()).contains("href=\"/password/forgot\"").contains("Забули пароль?");
        String email = newUser("Ольга Руденко", "LEARNER");

        Browser.Page known = browser.post("/password/forgot", Map.of("email", email));
        Browser.Page unknown = browser.post("/password/forgot", Map.of("email", "nobody-" + email));

        assertThat(known.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(known.html()).contains("Перевірте пошту").contains("Якщо обліковий запис з адресою " + email + " існує");
        assertThat(unknown.html()).contains("Перевірте пошту").contains("Якщо обліковий запис з адресою nobody-" + email + " існує");
        assertThat(notices.to(userId(email), NoticeKind.PASSWORD_RESET)).hasSize(1);
    }

    @Test
    void aResetLinkSetsANewPasswordSignsInAndEndsTheOtherSessions() {
        String email = newUser("Максим Кравець", "LEARNER");
        Browser other = new Browser(server);
        assertThat(other.signIn(email, Api.PASSWORD).status()).isEqualTo(303);
        String bearer = api.login(email, Api.PASSWORD);
        browser.post("/password/forgot", Map.of("email", email));
        String link = TestMailbox.path(notices.to(userId(email), NoticeKind.PASSWORD_RESET).get(0));

        Browser.Page form = browser.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Установіть новий пароль").contains("Максим Кравець");
        Browser.Page mismatch = browser.post(link, Map.of("password", "short", "repeatPassword", "other"));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.html()).contains("id=\"f-password-error\"").contains("id=\"f-repeatPassword-error\"");
        Browser.Page set = browser.post(link, Map.of("password", CHOSEN, "repeatPassword", CHOSEN));

        assertThat(set.status()).isEqualTo(303);
        assertThat(browser.get("/profile").status()).isEqualTo(200);
        assertThat(other.get("/profile").location()).startsWith("/signin");
        assertThat(api.get(bearer, "/api/me").code()).isEqualTo(401);
        other.close();
        try (Browser fresh = new Browser(server)) {
            assertThat(fresh.signIn(email, CHOSEN).status()).isEqualTo(303);
        }
        assertThat(notices.to(userId(email), NoticeKind.PASSWORD_CHANGED)).hasSize(1);

        Browser.Page used = browser.get(link);
        assertThat(used.status()).isEqualTo(410);
        assertThat(used.html()).contains("Це посилання вже не діє").contains("href=\"/password/forgot\"");
        assertThat(browser.post(link, Map.of("password", CHOSEN, "repeatPassword", CHOSEN)).status()).isEqualTo(410);
    }

    @Test
    void anInvitationGreetsThePersonByNameInTheirLanguage() {
        String email = Api.unique("invited") + "@test.fakh";
        api.post(api.adminToken(), "/api/users", Map.of("email", email, "fullName", "Invited Person", "locale", "en",
                "organizationId", newProvider().toString(), "roles", List.of("LEARNER")));
        OutgoingMessage invitation = notices.to(userId(email), NoticeKind.INVITATION).get(0);

        Browser.Page form = browser.send(HttpRequest.GET(TestMailbox.path(invitation)).header("Accept-Language", "en"));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Invited Person").contains("Choose your password");
    }

    @Test
    void tooManyRequestsGetAReadablePage() {
        String email = newUser("Настирлива Особа", "LEARNER");
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/password/forgot", Map.of("email", email)).status()).isEqualTo(200);
        }
        Browser.Page refused = browser.post("/password/forgot", Map.of("email", email));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("Retry-After")).isNotBlank();
        assertThat(refused.html()).contains("Забагато запитів на новий пароль");
    }

    @Test
    void oddInputGetsAPageNotAnError() {
        assertThat(browser.post("/password/forgot", Map.of("email", "")).status()).isEqualTo(400);
        assertThat(browser.post("/password/forgot", Map.of("email", "a\u0000@test.fakh")).status()).isEqualTo(400);
        assertThat(browser.get("/password/set/%00").status()).isIn(400, 404, 410);
        assertThat(browser.post("/password/reset/" + "x".repeat(500), Map.of()).status()).isEqualTo(410);
    }
}
