package ua.fakh.web.teach;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's outline tools through the routes its page uses: duplicating a course, dropping a
 * section or lesson at a place (what drag and drop posts), and moving a lesson to another section
 * with the select; and who may not.
 */
@MicronautTest(transactional = false)
class OutlineToolsPagesIT extends PageTest {
    private static final String ID = "([0-9a-f-]{36})";

    String trainer;

    @BeforeEach
    void signIn() {
        trainer = newUser("Оксана Тренерка", "TRAINER");
        browser.signIn(trainer, Api.PASSWORD);
    }

    @Test
    void aDuplicatedCourseIsANewDraftOfTheSameOutlineTitledAsACopy() {
        UUID course = createCourse("Кейс-менеджмент");
        UUID section = addSection(course, "Вступ");
        addLesson(course, section, "Що таке кейс");

        Browser.Page copied = browser.post("/teach/courses/" + course + "/duplicate", Map.of());

        assertThat(copied.status()).isEqualTo(303);
        assertThat(copied.location()).endsWith("notice=duplicated");
        UUID copy = courseIn(copied.location());
        assertThat(copy).isNotEqualTo(course);
        Browser.Page editor = browser.get(copied.location());
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.html()).contains("Кейс-менеджмент (копія)").contains("Self-help (copy)").contains("Вступ")
                .contains("Що таке кейс").contains("Це нова чернетка — копія курсу");
        assertThat(browser.get("/teach").html()).contains("/teach/courses/" + copy);
    }

    @Test
    void sectionsAndLessonsDropAtAPlaceAndALessonMovesToAnotherSection() {
        UUID course = createCourse("Порядок");
        UUID first = addSection(course, "Перший");
        UUID second = addSection(course, "Другий");
        UUID third = addSection(course, "Третій");
        UUID a = addLesson(course, first, "Урок А");
        UUID b = addLesson(course, first, "Урок Б");
        UUID c = addLesson(course, first, "Урок В");

        assertThat(browser.post("/teach/courses/" + course + "/sections/" + third + "/move", Map.of("position", "0")).status())
                .isEqualTo(303);
        assertThat(order(editor(course).html(), "section-")).containsExactly(third, first, second);

        assertThat(browser.post("/teach/courses/" + course + "/lessons/" + c + "/move",
                Map.of("position", "0", "sectionId", first.toString())).status()).isEqualTo(303);
        assertThat(order(editor(course).html(), "lesson-")).containsExactly(c, a, b);

        // the select without JavaScript: to the end of another section
        assertThat(browser.post("/teach/courses/" + course + "/lessons/" + a + "/move", Map.of("sectionId", second.toString()))
                .status()).isEqualTo(303);
        // a drop into another section at its start
        assertThat(browser.post("/teach/courses/" + course + "/lessons/" + b + "/move",
                Map.of("position", "0", "sectionId", second.toString())).status()).isEqualTo(303);
        String html = editor(course).html();
        assertThat(order(html, "lesson-")).containsExactly(c, b, a);
        assertThat(html.indexOf("id=\"lesson-" + b)).isGreaterThan(html.indexOf("id=\"section-" + second));
        assertThat(html).contains("name=\"sectionId\"").contains("Перемістити до розділу");
    }

    @Test
    void aSectionOfAnotherCourseOrABadPlaceIsRefusedAndNothingMoves() {
        UUID course = createCourse("Свій");
        UUID section = addSection(course, "Розділ");
        UUID lesson = addLesson(course, section, "Урок");
        UUID other = createCourse("Інший");
        UUID foreign = addSection(other, "Чужий");

        assertThat(browser.post("/teach/courses/" + course + "/lessons/" + lesson + "/move",
                Map.of("sectionId", foreign.toString())).status()).isEqualTo(404);
        assertThat(browser.post("/teach/courses/" + course + "/lessons/" + lesson + "/move",
                Map.of("position", "-3")).status()).isEqualTo(400);
        assertThat(order(editor(course).html(), "lesson-")).containsExactly(lesson);
    }

    @Test
    void anotherTrainerALearnerAndAnonymousMayNotDuplicateOrMove() {
        UUID course = createCourse("Закритий");
        UUID section = addSection(course, "Розділ");
        UUID lesson = addLesson(course, section, "Урок");
        long before = browser.get("/teach").html().split("/teach/courses/" + ID).length;

        for (String who : List.of(newUser("Інший Тренер", "TRAINER"), newUser("Ірина Слухачка", "LEARNER"))) {
            Browser other = new Browser(server);
            other.signIn(who, Api.PASSWORD);
            assertThat(other.post("/teach/courses/" + course + "/duplicate", Map.of()).status()).isEqualTo(403);
            assertThat(other.post("/teach/courses/" + course + "/lessons/" + lesson + "/move",
                    Map.of("position", "0", "sectionId", section.toString())).status()).isEqualTo(403);
            other.close();
        }
        Browser anonymous = new Browser(server);
        assertThat(anonymous.post("/teach/courses/" + course + "/duplicate", Map.of()).status()).isIn(303, 401);
        anonymous.close();
        assertThat(browser.get("/teach").html().split("/teach/courses/" + ID).length).isEqualTo(before);
    }

    private UUID createCourse(String title) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("titleEn", "Self-help");
        form.put("summary", "Опис курсу");
        form.put("outcomes", "Уміє");
        form.put("hours", "4");
        form.put("language", "uk");
        form.put("providerId", users.findByEmail(trainer).orElseThrow().organizationId());
        form.put("enrollmentPolicy", "OPEN");
        Browser.Page created = browser.post("/teach/courses", form);
        assertThat(created.status()).as(created.html()).isEqualTo(303);
        return courseIn(created.location());
    }

    private UUID addSection(UUID course, String title) {
        Browser.Page added = browser.post("/teach/courses/" + course + "/sections", Map.of("title", title));
        assertThat(added.status()).isEqualTo(303);
        return UUID.fromString(added.location().replaceAll(".*#section-" + ID, "$1"));
    }

    private UUID addLesson(UUID course, UUID section, String title) {
        Browser.Page added = browser.post("/teach/courses/" + course + "/lessons", Map.of("sectionId", section, "type",
                "content_markdown", "title", title, "c.markdown", "Текст"));
        assertThat(added.status()).as(added.html()).isEqualTo(303);
        return UUID.fromString(added.location().replaceAll(".*#lesson-" + ID, "$1"));
    }

    private Browser.Page editor(UUID course) {
        Browser.Page page = browser.get("/teach/courses/" + course);
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        return page;
    }

    private static UUID courseIn(String location) {
        return UUID.fromString(location.replaceAll(".*/teach/courses/" + ID + "\\?.*", "$1"));
    }

    private static List<UUID> order(String html, String idPrefix) {
        Matcher m = Pattern.compile("id=\"" + idPrefix + ID + "\"").matcher(html);
        List<UUID> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(UUID.fromString(m.group(1)));
        }
        return ids;
    }
}
