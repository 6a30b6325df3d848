package ua.fakh.web.page;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page carries the Content-Security-Policy; a lesson playing a recording from elsewhere allows exactly that origin. */
@MicronautTest(transactional = false)
class ContentSecurityPolicyIT extends PageTest {

    @Test
    void everyPageCarriesThePolicy() {
        List<String> anonymous = List.of("/", "/signin", "/verify/NO-SUCH-CODE", "/no-such-page");
        for (String path : anonymous) {
            assertPolicy(browser.get(path), path);
        }
        browser.signInAsAdmin();
        for (String path : List.of("/", "/courses", "/profile", "/teach", "/admin/users", "/admin/organizations", "/learning")) {
            assertPolicy(browser.get(path), path);
        }
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() {
        assertThat(browser.get("/signin").headers().get("Strict-Transport-Security")).isNull();
    }

    @Test
    void aLessonPlayingAVideoFromElsewhereAllowsExactlyThatOrigin() {
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        String trainerEmail = (String) api.createUser(admin, "Відео Тренерка", provider, "TRAINER").get("email");
        String trainer = api.login(trainerEmail, Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", course(provider)).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID external = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Запис вебінару",
                "type", "content_video", "content", Map.of("url", "https://media.example.org:8443/webinar.mp4"))).body());
        UUID text = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст",
                "type", "content_markdown", "content", Map.of("markdown", "Текст уроку"))).body());
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        browser.signIn(trainerEmail, Api.PASSWORD);

        String videoPolicy = browser.get("/courses/" + course + "/lessons/" + external).headers().get(ContentSecurityPolicy.HEADER);
        String textPolicy = browser.get("/courses/" + course + "/lessons/" + text).headers().get(ContentSecurityPolicy.HEADER);

        assertThat(videoPolicy).contains("media-src 'self' https://media.example.org:8443;");
        assertThat(textPolicy).contains("media-src 'self';").doesNotContain("media.example.org");
    }

    private static Map<String, Object> course(UUID provider) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Курс із записом");
        body.put("summary", "Вебінар у записі");
        body.put("hours", 1);
        body.put("outcomes", List.of("Знає зміст вебінару"));
        body.put("language", "uk");
        body.put("providerId", provider.toString());
        return body;
    }

    private static void assertPolicy(Browser.Page page, String path) {
        String policy = page.headers().get(ContentSecurityPolicy.HEADER);
        assertThat(policy).as("Content-Security-Policy of " + path).isNotNull()
                .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "img-src 'self';",
                        "media-src 'self';", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }
}
