package ua.fakh.web.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;
import ua.fakh.web.testing.StatementCounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements the busiest pages make, counted through the real HTTP pages (the caller check of the
 * security filter runs outside the request's context and is not counted): the learner's course page must not make
 * more than it does now (10 here; 17 before session 13, perf/README.md), and a list must not cost a statement per
 * row (an N+1 shows as a count that grows with the course's lessons, the roster's learners or the trainer's courses:
 * {@code /teach} made 5 more per course before).
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.count-statements", value = "true")
class PageStatementCountsIT extends PageTest {
    /** The learner's course page: the course, its provider, trainers' names, the enrollment, progress, names, rule. */
    private static final int COURSE_PAGE_CEILING = 10;

    @Inject
    StatementCounts statements;

    String admin;
    UUID provider;
    String trainerEmail;
    String trainer;

    @BeforeEach
    void trainer() {
        admin = api.adminToken();
        provider = newProvider();
        trainerEmail = (String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email");
        trainer = api.login(trainerEmail, Api.PASSWORD);
    }

    @Test
    void theLearnersCoursePageReadsAsMuchForTwelveLessonsAsForThreeAndWhateverTheProgress() {
        UUID shortCourse = publishedCourse(3).get(0);
        List<UUID> longCourse = publishedCourse(12);
        String learnerEmail = (String) api.createUser(admin, "Ірина Слухачка", provider, "LEARNER").get("email");
        String learner = api.login(learnerEmail, Api.PASSWORD);
        enrol(learner, shortCourse);
        UUID enrollment = enrol(learner, longCourse.get(0));
        for (UUID lesson : longCourse.subList(1, 6)) {
            ok(api.post(learner, "/api/enrollments/" + enrollment + "/lessons/" + lesson + "/complete", Map.of()));
        }
        browser.signIn(learnerEmail, Api.PASSWORD);

        int forShort = count(browser, "/courses/" + shortCourse);
        int forLong = count(browser, "/courses/" + longCourse.get(0));

        assertThat(forLong).as("statements for 12 lessons, 5 done, against 3 lessons, none done").isEqualTo(forShort);
        assertThat(forLong).as("statements of the learner's course page").isLessThanOrEqualTo(COURSE_PAGE_CEILING);
    }

    @Test
    void theRosterReadsAsMuchForFiveLearnersAsForOne() {
        UUID course = publishedCourse(2).get(0);
        enrol(newLearner(), course);
        browser.signIn(trainerEmail, Api.PASSWORD);
        int forOne = count(browser, "/teach/courses/" + course + "/enrolments");

        for (int i = 0; i < 4; i++) {
            enrol(newLearner(), course);
        }
        int forFive = count(browser, "/teach/courses/" + course + "/enrolments");

        assertThat(forFive).as("roster statements for 5 learners against 1").isEqualTo(forOne);
    }

    @Test
    void theTrainersCourseListReadsAsMuchForFourCoursesAsForOne() {
        publishedCourse(1);
        browser.signIn(trainerEmail, Api.PASSWORD);
        int forOne = count(browser, "/teach");

        for (int i = 0; i < 3; i++) {
            publishedCourse(1);
        }
        int forFour = count(browser, "/teach");

        assertThat(forFour).as("/teach statements for 4 courses against 1").isEqualTo(forOne);
    }

    /** The statements the page at {@code path} made, read after its answer. */
    private int count(Browser as, String path) {
        String tag = UUID.randomUUID().toString();
        Browser.Page page = as.send(HttpRequest.GET(path).header(StatementCounts.HEADER, tag));
        assertThat(page.status()).as(path).isEqualTo(200);
        int counted = statements.of(tag);
        assertThat(counted).as("statements counted for " + path).isPositive();
        return counted;
    }

    private String newLearner() {
        String email = (String) api.createUser(admin, "Ірина Слухачка", provider, "LEARNER").get("email");
        return api.login(email, Api.PASSWORD);
    }

    private UUID enrol(String learner, UUID course) {
        return Api.id(ok(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of())));
    }

    /** A published course of {@code lessons} markdown lessons in one section: its id, then the lessons' ids. */
    private List<UUID> publishedCourse(int lessons) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Api.unique("Ведення випадку"));
        body.put("summary", "Курс для фахівців громад");
        body.put("hours", 4);
        body.put("outcomes", List.of("Складає план допомоги"));
        body.put("language", "uk");
        body.put("providerId", provider.toString());
        body.put("enrollmentPolicy", "OPEN");
        List<UUID> ids = new ArrayList<>();
        ids.add(Api.id(ok(api.post(trainer, "/api/courses", body))));
        UUID section = Api.id(ok(api.post(trainer, "/api/courses/" + ids.get(0) + "/sections", Map.of("title", "Розділ"))));
        for (int i = 1; i <= lessons; i++) {
            ids.add(Api.id(ok(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок " + i,
                    "type", "content_markdown", "content", Map.of("markdown", "Текст уроку " + i))))));
        }
        ok(api.post(trainer, "/api/courses/" + ids.get(0) + "/publish", Map.of()));
        return ids;
    }

    private static Map<String, Object> ok(HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).as(String.valueOf(Api.body(response))).isLessThan(300);
        return response.body();
    }
}
