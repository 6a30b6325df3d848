package ua.fakh.web.profile;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.throttle.current-password-failures", value = "2")
class PasswordCheckPageLimitIT extends PageTest {

    @Test
    void guessingTheCurrentPasswordOnTheProfileEndsWithAReadableWaitNextToTheField() {
        browser.signIn(newUser("Марія Гордієнко", "LEARNER"), Api.PASSWORD);

        for (int i = 0; i < 2; i++) {
            assertThat(change("guess-" + i).status()).isEqualTo(400);
        }
        Browser.Page limited = change("guess-3");
        Browser.Page right = change(Api.PASSWORD);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("Retry-After")).isNotNull();
        assertThat(limited.html()).contains("Забагато неправильних спроб").contains("хв").contains("id=\"f-currentPassword-error\"");
        assertThat(right.status()).isEqualTo(429);
    }

    private Browser.Page change(String current) {
        return browser.post("/profile/password", Map.of("currentPassword", current,
                "newPassword", "a-brand-new-password", "repeatPassword", "a-brand-new-password"));
    }
}
