package ua.fakh.web.registration;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The event pages through their forms: the trainer's settings and lists, a learner's seat and place in line, HR's staff. */
@MicronautTest(transactional = false)
class EventRegistrationPagesIT extends PageTest {
    String admin;
    String trainerEmail;
    String trainer;
    UUID oblast;
    UUID hromada;
    UUID course;
    UUID cohort;
    String settings;

    @BeforeEach
    void world() {
        admin = api.adminToken();
        UUID provider = newProvider();
        oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainerEmail = (String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email");
        trainer = api.login(trainerEmail, Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", "Дводенний онлайн-семінар",
                "summary", "Опис", "hours", 12, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString()))).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Полтава")).body());
        api.post(trainer, "/api/cohorts/" + cohort + "/sessions", Map.of("title", "День перший",
                "startsAt", "2030-03-02T08:00:00Z", "hours", 6));
        settings = "/teach/courses/" + course + "/cohorts/" + cohort + "/registration";
    }

    private String learner(String name, UUID organization) {
        return (String) api.createUser(admin, name, organization, "LEARNER").get("email");
    }

    private void open(int seats) {
        browser.signIn(trainerEmail, Api.PASSWORD);
        assertThat(browser.post(settings, Map.of("capacity", Integer.toString(seats),
                "day", LocalDate.now().plusDays(10).toString(), "time", "18:00", "open", "on")).status()).isEqualTo(303);
    }

    @Test
    void aTrainerSeesEveryMistakeAtOnceThenOpensRegistrationFromTheCohortPage() {
        browser.signIn(trainerEmail, Api.PASSWORD);
        assertThat(browser.get("/teach/courses/" + course + "/cohorts/" + cohort).html()).contains(settings);

        Browser.Page wrong = browser.post(settings, Map.of("capacity", "багато", "day", ""));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("Вкажіть кількість місць: ціле число, щонайменше 1.")
                .contains("Оберіть день (і час), коли закривається реєстрація.").contains("value=\"багато\"");
        open(2);
        assertThat(browser.get(settings + "?saved=1").html()).contains("Налаштування реєстрації збережено.")
                .contains("Зайнято місць: 0 з 2").contains("/events/" + cohort);
    }

    @Test
    void aLearnerTakesASeatTheNextWaitsAndMovesUpWhenTheSeatIsFreed() {
        open(1);
        String first = learner("Олена Перша", hromada);
        String second = learner("Ігор Другий", hromada);
        String event = "/events/" + cohort;

        browser.signIn(first, Api.PASSWORD);
        assertThat(browser.get(event).html()).contains("Дводенний онлайн-семінар").contains("День перший")
                .contains("Вільних місць: 1 з 1").contains("Зареєструватися");
        assertThat(browser.post(event + "/register", Map.of()).location()).isEqualTo(event + "?done=seated");
        assertThat(browser.get(event + "?done=seated").html()).contains("Ви маєте місце");

        try (Browser other = new Browser(server)) {
            other.signIn(second, Api.PASSWORD);
            assertThat(other.get(event).html()).contains("Стати в лист очікування");
            other.post(event + "/register", Map.of());
            assertThat(other.get(event).html()).contains("Ви 1-й у листі очікування");

            browser.post(event + "/cancel", Map.of());
            assertThat(other.get(event).html()).contains("Ви маєте місце");
        }
        browser.signIn(trainerEmail, Api.PASSWORD);
        assertThat(browser.get(settings).html()).contains("Ігор Другий").doesNotContain("Олена Перша");
    }

    @Test
    void hrPicksItsOwnStaffAndSeesWhatEachGot() {
        open(1);
        String seated = learner("Марія Штатна", hromada);
        String waits = learner("Петро Штатний", hromada);
        UUID elsewhere = Api.id(api.createOrganization(admin, Api.unique("Інша громада"), "HROMADA", oblast));
        learner("Чужа Людина", elsewhere);
        String hr = (String) api.createUser(admin, "Кадри", hromada, "HR").get("email");
        browser.signIn(hr, Api.PASSWORD);

        Browser.Page list = browser.get("/hr/events/" + cohort);
        assertThat(list.html()).contains("Марія Штатна").contains("Петро Штатний").doesNotContain("Чужа Людина");
        assertThat(browser.post("/hr/events/" + cohort, Map.of()).html()).contains("Оберіть хоча б одну людину.");

        Map<String, String> picked = new LinkedHashMap<>(); // in the list's order, as a browser sends them
        picked.put("pick-" + userId(seated), "on");
        picked.put("pick-" + userId(waits), "on");
        Browser.Page report = browser.post("/hr/events/" + cohort, picked);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.html()).contains("Місць: 1, у листі очікування: 1, відмов: 0")
                .contains("Марія Штатна: місце").contains("Петро Штатний: у листі очікування (№ 1)");
    }
}
