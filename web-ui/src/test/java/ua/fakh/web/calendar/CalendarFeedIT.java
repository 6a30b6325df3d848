package ua.fakh.web.calendar;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feeds as a phone calendar reads them: a secret address made on the upcoming page (or a
 * course's calendar tab), fetched without a session, valid RFC 5545 for a strict independent parser,
 * Cyrillic folded by octets; revoked or unknown addresses are not found.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "fakh.calendar.reminders.first", value = "1h")
@Property(name = "fakh.public-url", value = "https://fakh.example.org")
class CalendarFeedIT extends PageTest {
    private static final Pattern FEED_URL = Pattern.compile("value=\"https://fakh\\.example\\.org(/calendar/[^\"]+\\.ics)\"");

    CalendarWorld world;
    Instant sessionStarts;
    Instant quizCloses;
    Instant ownDue;
    Instant cohortDue;

    @BeforeEach
    void world() {
        var today = KyivTime.day(Instant.now());
        sessionStarts = today.plusDays(3).atTime(LocalTime.of(10, 0)).atZone(KyivTime.ZONE).toInstant();
        quizCloses = today.plusDays(5).atTime(LocalTime.of(18, 0)).atZone(KyivTime.ZONE).toInstant();
        ownDue = KyivTime.endOf(today.plusDays(10));
        cohortDue = KyivTime.endOf(today.plusDays(12));
        world = new CalendarWorld(api, sessionStarts, quizCloses, cohortDue);
    }

    @Test
    void aLearnersFeedIsValidRfc5545WithHerSessionDueDateAndQuizClose() throws Exception {
        CalendarWorld.Learner learner = world.learner("Марія Календарна", ownDue);
        browser.signIn(learner.email(), Api.PASSWORD);

        String path = newFeed(browser, "/upcoming/feed");
        HttpResponse<String> feed = fetch(path);

        assertThat(feed.getContentType().orElseThrow().getName()).isEqualTo("text/calendar");
        assertThat(feed.getContentType().orElseThrow().getParameters().get("charset").orElseThrow()).isEqualToIgnoringCase("utf-8");
        String ics = feed.body();
        Calendar calendar = Feeds.parseStrictly(ics);
        assertThat(Feeds.calendarValue(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(Feeds.calendarValue(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(Feeds.calendarValue(calendar, "CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(Feeds.calendarValue(calendar, "PRODID")).isNotBlank();
        assertThat(Feeds.calendarValue(calendar, "X-WR-CALNAME")).isEqualTo("Фах: моє навчання");

        VEvent session = Feeds.byUid(calendar, "session-" + world.session + "@fakh.example.org").orElseThrow();
        assertThat(Feeds.value(session, "SUMMARY")).isEqualTo(CalendarWorld.SESSION + " · " + world.title);
        assertThat(Feeds.value(session, "LOCATION")).isEqualTo(CalendarWorld.PLACE);
        assertThat(Feeds.value(session, "DTSTART")).isEqualTo(ical(sessionStarts));
        assertThat(Feeds.value(session, "DTEND")).isEqualTo(ical(sessionStarts.plusSeconds(6 * 3600)));
        assertThat(Feeds.value(session, "URL")).isEqualTo("https://fakh.example.org/courses/" + world.course);
        assertThat(Feeds.value(session, "DESCRIPTION")).contains("Курс: " + world.title).contains("Група: Група Полтава");
        assertThat(session.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Kyiv");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(ics).as("the place's commas and semicolon escaped").contains("Полтава\\, вул. Соборності\\, 1\\; ауд. 12");

        VEvent due = Feeds.byUid(calendar, "due-" + learner.enrollment() + "@fakh.example.org").orElseThrow();
        assertThat(Feeds.value(due, "SUMMARY")).isEqualTo("Термін: " + world.title);
        assertThat(Feeds.value(due, "DTSTART")).isEqualTo(KyivTime.day(ownDue).toString().replace("-", ""));
        VEvent quiz = Feeds.byUid(calendar, "quiz-closes-" + world.quiz + "@fakh.example.org").orElseThrow();
        assertThat(Feeds.value(quiz, "SUMMARY")).isEqualTo("Тест закривається: " + CalendarWorld.QUIZ);
        assertThat(Feeds.value(quiz, "DTSTART")).isEqualTo(ical(quizCloses));
        assertThat(Feeds.value(quiz, "URL")).isEqualTo("https://fakh.example.org/courses/" + world.course + "/lessons/" + world.quiz);
        assertThat(Feeds.events(calendar)).hasSize(3);
    }

    @Test
    void theFeedSpeaksThePersonsLanguageAndShowsTheCohortsDueDateWhenSheHasNoneOfHerOwn() throws Exception {
        CalendarWorld.Learner learner = world.learner("Mary Calendar", null);
        api.put(api.login(learner.email(), Api.PASSWORD), "/api/me", Map.of("locale", "en"));
        browser.signIn(learner.email(), Api.PASSWORD);

        Calendar calendar = Feeds.parseStrictly(fetch(newFeed(browser, "/upcoming/feed")).body());

        assertThat(Feeds.calendarValue(calendar, "X-WR-CALNAME")).isEqualTo("Fakh: my learning");
        VEvent due = Feeds.byUid(calendar, "due-" + learner.enrollment() + "@fakh.example.org").orElseThrow();
        assertThat(Feeds.value(due, "SUMMARY")).startsWith("Due: Case management ");
        assertThat(Feeds.value(due, "DTSTART")).isEqualTo(KyivTime.day(cohortDue).toString().replace("-", ""));
        assertThat(Feeds.value(Feeds.byUid(calendar, "quiz-closes-" + world.quiz + "@fakh.example.org").orElseThrow(), "SUMMARY"))
                .isEqualTo("Quiz closes: Final test");
    }

    @Test
    void aNewAddressRevokesTheOldOneAndRevokedOrUnknownAddressesAreNotFound() {
        CalendarWorld.Learner learner = world.learner("Олена Відкликана", ownDue);
        browser.signIn(learner.email(), Api.PASSWORD);
        String first = newFeed(browser, "/upcoming/feed");
        assertThat(fetch(first).code()).isEqualTo(200);

        String second = newFeed(browser, "/upcoming/feed");

        assertThat(status(first)).isEqualTo(404);
        assertThat(fetch(second).code()).isEqualTo(200);
        Browser.Page page = browser.get("/upcoming");
        assertThat(page.html()).contains("Адресу вашого календаря створено").doesNotContain(second);
        assertThat(browser.post("/upcoming/feed/revoke", Map.of()).status()).isEqualTo(303);
        assertThat(status(second)).isEqualTo(404);
        assertThat(status("/calendar/" + "A".repeat(43) + ".ics")).isEqualTo(404);
        assertThat(status("/calendar/%00.ics")).as("a NUL is refused, never a 500").isBetween(400, 404);
        assertThat(status("/calendar/nothing")).isEqualTo(404);
        assertThat(status("/calendar/course/" + second.substring("/calendar/".length()))).as("a personal token opens no course feed")
                .isEqualTo(404);
    }

    @Test
    void aDisabledAccountsFeedIsNotFound() {
        CalendarWorld.Learner learner = world.learner("Оксана Вимкнена", ownDue);
        browser.signIn(learner.email(), Api.PASSWORD);
        String path = newFeed(browser, "/upcoming/feed");
        assertThat(fetch(path).code()).isEqualTo(200);

        assertThat(api.post(api.adminToken(), "/api/users/" + learner.id() + "/disable", Map.of()).code()).isLessThan(300);

        assertThat(status(path)).isEqualTo(404);
    }

    @Test
    void aWithdrawnLearnersFeedAndPageNoLongerShowTheCourse() throws Exception {
        CalendarWorld.Learner learner = world.learner("Ірина Відрахована", ownDue);
        world.withdraw(learner);
        browser.signIn(learner.email(), Api.PASSWORD);

        Calendar calendar = Feeds.parseStrictly(fetch(newFeed(browser, "/upcoming/feed")).body());

        assertThat(Feeds.events(calendar)).isEmpty();
        assertThat(browser.get("/upcoming").html()).contains("На найближчі три місяці нічого не заплановано")
                .doesNotContain(CalendarWorld.SESSION);
    }

    @Test
    void aTrainerSubscribesToACourseWithEveryCohortsSessionsDueDatesAndQuizCloses() throws Exception {
        browser.signIn(world.trainerEmail, Api.PASSWORD);
        Browser.Page tab = browser.get("/teach/courses/" + world.course + "/calendar");
        assertThat(tab.status()).isEqualTo(200);
        assertThat(tab.html()).contains(CalendarWorld.SESSION).contains("Група: Група Полтава").contains(CalendarWorld.QUIZ);

        String path = newFeed(browser, "/teach/courses/" + world.course + "/calendar/feed");

        assertThat(path).startsWith("/calendar/course/");
        Calendar calendar = Feeds.parseStrictly(fetch(path).body());
        assertThat(Feeds.calendarValue(calendar, "X-WR-CALNAME")).isEqualTo("Фах: " + world.title);
        VEvent session = Feeds.byUid(calendar, "session-" + world.session + "@fakh.example.org").orElseThrow();
        assertThat(Feeds.value(session, "URL")).isEqualTo("https://fakh.example.org/teach/courses/" + world.course + "/cohorts/" + world.cohort);
        assertThat(Feeds.byUid(calendar, "due-" + world.cohort + "@fakh.example.org")).isPresent();
        assertThat(Feeds.byUid(calendar, "quiz-closes-" + world.quiz + "@fakh.example.org")).isPresent();

        Browser other = new Browser(server);
        String otherTrainer = newUser("Інший Тренер", "TRAINER");
        other.signIn(otherTrainer, Api.PASSWORD);
        assertThat(other.post("/teach/courses/" + world.course + "/calendar/feed", Map.of()).status()).isEqualTo(403);
        other.close();
        browser.post("/teach/courses/" + world.course + "/calendar/feed/revoke", Map.of());
        assertThat(status(path)).isEqualTo(404);
    }

    @Test
    void theUpcomingPageGroupsTheDaysAheadAndLinksEachEntry() {
        CalendarWorld.Learner learner = world.learner("Наталія Найближча", ownDue);
        browser.signIn(learner.email(), Api.PASSWORD);

        Browser.Page page = browser.get("/upcoming");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<h1>Найближче</h1>")
                .contains(KyivTime.date(sessionStarts)).contains(CalendarWorld.SESSION).contains("Заняття 10:00–16:00")
                .contains("Місце: " + CalendarWorld.PLACE)
                .contains("href=\"/courses/" + world.course + "\"")
                .contains("Тест закривається о 18:00").contains("href=\"/courses/" + world.course + "/lessons/" + world.quiz + "\"")
                .contains("Термін до 23:59")
                .contains("Створити адресу календаря")
                .contains("href=\"/upcoming\"");
        assertThat(page.html().indexOf(CalendarWorld.SESSION)).isLessThan(page.html().indexOf("Тест закривається о"));
        Browser.Page made = browser.post("/upcoming/feed", Map.of());
        assertThat(made.html()).contains("webcal://fakh.example.org/calendar/").contains("Копіювати");
    }

    @Test
    void someoneWithNothingAheadSeesTheEmptyState() {
        browser.signIn(newUser("Порожня Слухачка", "LEARNER"), Api.PASSWORD);

        assertThat(browser.get("/upcoming").html()).contains("На найближчі три місяці нічого не заплановано");
    }

    private static String newFeed(Browser browser, String action) {
        Browser.Page made = browser.post(action, Map.of());
        assertThat(made.status()).isEqualTo(200);
        Matcher url = FEED_URL.matcher(made.html());
        assertThat(url.find()).as("the new address on the page").isTrue();
        return url.group(1);
    }

    private HttpResponse<String> fetch(String path) {
        return client.toBlocking().exchange(HttpRequest.GET(path), String.class);
    }

    private int status(String path) {
        try {
            return fetch(path).code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }

    /** A date-time as the feed writes it: local time in Kyiv (with TZID=Europe/Kyiv and its VTIMEZONE). */
    private static String ical(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(instant.atZone(KyivTime.ZONE));
    }
}
