package ua.fakh.web.profile;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone given a one-time password sees nothing but the "set your password" page until they have set their own. */
@MicronautTest(transactional = false)
class SetPasswordPageIT extends PageTest {
    private static final String OWN = "мій-власний-пароль";

    String email;

    @BeforeEach
    void oneTimeAccount() {
        email = Api.unique("otp") + "@test.fakh";
        api.post(api.adminToken(), "/api/users", Map.of("email", email, "fullName", "Тимчасова Людина",
                "password", Api.ONE_TIME_PASSWORD, "organizationId", newProvider().toString(), "roles", List.of("LEARNER")));
    }

    @Test
    void everyPageLeadsToTheSetPasswordPageAndBackAfterwards() {
        Browser.Page signedIn = browser.signIn(email, Api.ONE_TIME_PASSWORD);
        assertThat(browser.get(signedIn.location()).location()).isEqualTo("/password?next=/");
        assertThat(browser.get("/courses?q=x").location()).isEqualTo("/password?next=/courses%3Fq%3Dx");
        assertThat(browser.post("/profile", Map.of("fullName", "Інше Ім'я", "locale", "uk")).location()).startsWith("/password");
        assertThat(users.findByEmail(email).orElseThrow().fullName()).isEqualTo("Тимчасова Людина");

        Browser.Page form = browser.get("/password?next=/courses");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Встановіть свій пароль").contains("name=\"next\" value=\"/courses\"");

        Browser.Page set = browser.post("/password", Map.of("currentPassword", Api.ONE_TIME_PASSWORD, "newPassword", OWN,
                "repeatPassword", OWN, "next", "/courses"));

        assertThat(set.status()).isEqualTo(303);
        assertThat(set.location()).isEqualTo("/courses");
        assertThat(browser.get("/courses").status()).isEqualTo(200);
        try (Browser later = new Browser(server)) {
            assertThat(later.signIn(email, OWN).status()).isEqualTo(303);
            assertThat(later.get("/profile").status()).isEqualTo(200);
        }
    }

    @Test
    void theOneTimePasswordCannotBeKept() {
        browser.signIn(email, Api.ONE_TIME_PASSWORD);

        Browser.Page kept = browser.post("/password", Map.of("currentPassword", Api.ONE_TIME_PASSWORD,
                "newPassword", Api.ONE_TIME_PASSWORD, "repeatPassword", Api.ONE_TIME_PASSWORD, "next", "/"));

        assertThat(kept.status()).isEqualTo(400);
        assertThat(kept.html()).contains("відрізнятися від поточного");
        assertThat(browser.get("/").location()).startsWith("/password");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        browser.signIn(email, Api.ONE_TIME_PASSWORD);

        Browser.Page refused = browser.post("/password", Map.of("currentPassword", "not-the-one-time-password",
                "newPassword", "short", "repeatPassword", "other", "next", "/"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-currentPassword-error\"").contains("id=\"f-newPassword-error\"")
                .contains("id=\"f-repeatPassword-error\"");
    }

    @Test
    void signingOutStaysPossible() {
        browser.signIn(email, Api.ONE_TIME_PASSWORD);

        Browser.Page out = browser.post("/signout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(browser.cookie("fakh_session")).isNull();
    }

    @Test
    void theSetPasswordPageIsForSignedInPeopleOnly() {
        assertThat(browser.get("/password").location()).startsWith("/signin");
    }
}
