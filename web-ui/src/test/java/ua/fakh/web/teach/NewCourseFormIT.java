package ua.fakh.web.teach;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A course description with many mistakes is refused once, naming every one of them, on the page and on the API. */
@MicronautTest(transactional = false)
class NewCourseFormIT extends PageTest {
    String trainer;

    @BeforeEach
    void signIn() {
        trainer = newUser("Оксана Тренерка", "TRAINER");
        browser.signIn(trainer, Api.PASSWORD);
    }

    @Test
    void theNewCourseFormReportsEveryWrongFieldAtOnce() {
        long before = taught();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "");
        form.put("summary", "");
        form.put("hours", "багато");
        form.put("ectsCredits", "500");
        form.put("certificateValidityMonths", "500");
        form.put("language", "uk");
        form.put("providerId", users.findByEmail(trainer).orElseThrow().organizationId());
        form.put("enrollmentPolicy", "KEY");
        form.put("enrollmentKey", "");

        Browser.Page refused = browser.post("/teach/courses", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("Введіть назву українською", "Введіть опис курсу", "Введіть обсяг у цілих або пів годинах",
                "Введіть кредити ЄКТС числом", "Введіть ціле число місяців", "Для запису за ключем потрібен ключ")
                .contains("value=\"багато\"");
        assertThat(refused.html().split("aria-invalid=\"true\"", -1).length - 1).isGreaterThanOrEqualTo(6);
        assertThat(taught()).isEqualTo(before);
    }

    @Test
    void theApiNamesEveryWrongFieldAtOnceToo() {
        String token = api.login(trainer, Api.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("summary", "Опис");
        body.put("hours", 2.25);
        body.put("outcomes", List.of());
        body.put("language", "de");
        body.put("providerId", users.findByEmail(trainer).orElseThrow().organizationId().toString());
        body.put("enrollmentPolicy", "KEY");

        HttpResponse<Map<String, Object>> refused = api.post(token, "/api/courses", body);

        assertThat(refused.code()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(refused).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains("title", "hours", "language", "enrollmentKey");
    }

    private long taught() {
        return ((Number) api.get(api.login(trainer, Api.PASSWORD), "/api/me/courses").body().get("totalSize")).longValue();
    }
}
