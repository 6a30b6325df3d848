package ua.fakh.web.learn;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.throttle.enrollment-key-failures", value = "2")
class EnrollmentKeyPageLimitIT extends PageTest {

    @Test
    void guessingTheKeyOnTheCoursePageEndsWithAReasonInsteadOfAnotherTry() {
        LearnWorld world = new LearnWorld(api);
        browser.signIn(world.newLearner(), Api.PASSWORD);
        LearnWorld.Course course = world.publishedCourse("KEY", "ключ-2026");

        for (int i = 0; i < 2; i++) {
            assertThat(enroll(course, "не той " + i).status()).isEqualTo(403);
        }
        Browser.Page limited = enroll(course, "ключ-2026");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("Retry-After")).isNotNull();
        assertThat(limited.html()).contains("Забагато неправильних ключів").contains("id=\"f-key\"");
    }

    private Browser.Page enroll(LearnWorld.Course course, String key) {
        return browser.post("/courses/" + course.id() + "/enrol", Map.of("key", key));
    }
}
