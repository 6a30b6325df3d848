package ua.fakh.web.quiz;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A course's trainer, who is no learner, takes its quiz as a learner would; nothing of it is recorded. */
@MicronautTest(transactional = false)
class QuizPreviewPagesIT extends PageTest {
    QuizWorld world;
    String preview;

    @BeforeEach
    void world() {
        world = new QuizWorld(api);
        preview = "/teach/courses/" + world.course.id() + "/lessons/" + world.quiz + "/quiz-preview";
    }

    private List<Map<String, Object>> gradingQueue() {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course.id() + "/grading-queue"),
                world.learn.trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private Map<String, Object> gradebook() {
        return api.get(world.learn.trainer, "/api/courses/" + world.course.id() + "/gradebook").body();
    }

    @Test
    void aTrainerWithoutTheLearnerRoleTakesTheQuizSeesTheReviewAndNothingIsRecorded() {
        world.enrolledLearner(); // a gradebook with a row, so "unchanged" means something
        Map<String, Object> gradebookBefore = gradebook();
        browser.signIn((String) api.get(world.learn.trainer, "/api/me").body().get("email"), Api.PASSWORD);

        String settings = browser.get("/teach/courses/" + world.course.id() + "/lessons/" + world.quiz).html();
        Browser.Page questions = browser.get(preview);

        assertThat(settings).contains("href=\"" + preview + "\"").contains("Переглянути як слухач");
        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.html()).contains("Попередній перегляд").contains("Нічого не записується")
                .contains("data-type=\"qtype_essay\"").contains("Хто складає план допомоги?")
                .doesNotContainPattern("/assets/quiz\\.[0-9a-f]{10}\\.js").doesNotContain("Правильна відповідь");

        Map<String, Object> form = new HashMap<>(QuizPagesIT.rightAnswers(questions.html()));
        form.put("seed", questions.find("name=\"seed\" value=\"(-?\\d+)\""));
        form.put("q", all(questions.html(), "name=\"q\" value=\"([^\"]+)\""));
        Browser.Page result = browser.post(preview, form);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.html()).contains("Попередній перегляд").contains("Бали: 6 з 7 (86%)")
                .contains("Саме так, план складають разом").contains("письмові відповіді чекають на оцінку тренера");
        assertThat(gradingQueue()).isEmpty();
        assertThat(gradebook()).isEqualTo(gradebookBefore);
    }

    @Test
    void learnersAndOtherTrainersMayNotPreview() {
        String learner = world.enrolledLearner();
        String otherTrainer = (String) api.createUser(api.adminToken(), "Чужа Тренерка", world.learn.provider, "TRAINER").get("email");
        for (String who : List.of(learner, otherTrainer)) {
            Browser other = new Browser(server);
            try {
                other.signIn(who, Api.PASSWORD);
                Browser.Page get = other.get(preview);
                Browser.Page post = other.post(preview, Map.of("seed", "1"));
                assertThat(get.status()).as(who).isEqualTo(403);
                assertThat(get.html()).doesNotContain("Хто складає план допомоги?");
                assertThat(post.status()).as(who).isEqualTo(403);
            } finally {
                other.close();
            }
        }
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
