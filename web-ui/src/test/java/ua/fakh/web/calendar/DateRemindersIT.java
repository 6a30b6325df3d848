package ua.fakh.web.calendar;

import ua.fakh.core.testing.TestMailbox;
import ua.fakh.core.testing.MovableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.calendar.DateReminders;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.fakh.web.learn.BlendedWorld.check;

/**
 * The date reminders with the clock moved to the right moments: each occasion is told once, however
 * often the scan runs and from however many threads at once, never before its hour, and never to a
 * learner who withdrew. Read from a channel that keeps what it is sent.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
@Property(name = "fakh.calendar.reminders.first", value = "1h")
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class DateRemindersIT extends PageTest {
    @Inject
    MovableClock clock;
    @Inject
    TestMailbox inbox;
    @Inject
    DateReminders reminders;
    @Inject
    Notifications notifications;

    LocalDate sessionDay;
    Instant sessionStarts;
    Instant quizCloses;
    Instant ownDue;
    CalendarWorld world;
    CalendarWorld.Learner learner;
    CalendarWorld.Learner withdrawn;

    @BeforeEach
    void world() {
        sessionDay = KyivTime.day(Instant.now()).plusDays(10);
        sessionStarts = kyiv(sessionDay, 10, 0);
        quizCloses = kyiv(sessionDay.plusDays(1), 12, 0);
        ownDue = kyiv(sessionDay.plusDays(5), 12, 0);
        world = new CalendarWorld(api, sessionStarts, quizCloses, kyiv(sessionDay.plusDays(20), 12, 0));
        learner = world.learner("Марія Нагадувана", ownDue);
        withdrawn = world.learner("Ірина Відрахована", ownDue);
        world.withdraw(withdrawn);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSessionTomorrowIsToldOnceFromNineTheDayBeforeWithItsIcs() throws Exception {
        clock.at(kyiv(sessionDay.minusDays(1), 8, 30));
        scanTwiceAndDeliver();
        assertThat(inbox.to(learner.id(), NoticeKind.SESSION_TOMORROW)).as("before 09:00").isEmpty();

        clock.at(kyiv(sessionDay.minusDays(1), 9, 5));
        scanTwiceAndDeliver();
        scanFromTwoThreadsAndDeliver();

        List<OutgoingMessage> told = inbox.to(learner.id(), NoticeKind.SESSION_TOMORROW);
        assertThat(told).hasSize(1);
        OutgoingMessage message = told.get(0);
        assertThat(message.subject()).isEqualTo("Завтра: " + CalendarWorld.SESSION);
        assertThat(message.text()).contains("починається завтра, " + KyivTime.dateTime(sessionStarts))
                .contains("Місце: " + CalendarWorld.PLACE).contains(world.title);
        assertThat(message.link()).endsWith("/courses/" + world.course);
        assertThat(message.attachment().fileName()).isEqualTo("session.ics");
        assertThat(message.attachment().contentType()).isEqualTo("text/calendar; method=PUBLISH");
        Calendar ics = Feeds.parseStrictly(message.attachment().content());
        assertThat(Feeds.events(ics)).hasSize(1);
        assertThat(Feeds.value(Feeds.events(ics).get(0), "UID")).startsWith("session-" + world.session + "@");
        assertThat(inbox.to(withdrawn.id(), NoticeKind.SESSION_TOMORROW)).isEmpty();
        assertKeptOnceByEmail(learner.email(), "Завтра: " + CalendarWorld.SESSION);
        assertThat(keptFor(withdrawn.email())).isEmpty();
    }

    /** The e-mail channel (no SMTP server here) keeps the message for administrators: once, with its .ics. */
    @SuppressWarnings("unchecked")
    private void assertKeptOnceByEmail(String email, String subject) throws Exception {
        List<Map<String, Object>> kept = keptFor(email).stream().filter(m -> subject.equals(m.get("subject"))).toList();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("attachmentName")).isEqualTo("session.ics");
        Map<String, Object> mail = check(api.get(api.adminToken(), "/api/admin/mail/" + kept.get(0).get("id")));
        Map<String, Object> attachment = (Map<String, Object>) mail.get("attachment");
        assertThat(Feeds.events(Feeds.parseStrictly((String) attachment.get("content")))).hasSize(1);
        assertThat((String) mail.get("text")).contains("/courses/" + world.course);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> keptFor(String email) {
        Map<String, Object> page = check(api.get(api.adminToken(), "/api/admin/mail?size=100&to=" + Browser.encode(email)));
        return (List<Map<String, Object>>) page.get("content");
    }

    @Test
    void aDueDateIsToldAWeekAheadADayAheadAndOnceOverdue() {
        clock.at(kyiv(sessionDay.minusDays(1), 9, 5)); // six days ahead
        scanTwiceAndDeliver();
        assertThat(inbox.to(learner.id(), NoticeKind.DUE_SOON)).hasSize(1);
        assertThat(inbox.to(learner.id(), NoticeKind.DUE_SOON).get(0).subject())
                .isEqualTo("Термін " + KyivTime.date(ownDue) + ": " + world.title);

        clock.at(kyiv(sessionDay.plusDays(4), 9, 5)); // the day before
        scanTwiceAndDeliver();
        scanFromTwoThreadsAndDeliver();
        List<OutgoingMessage> soon = inbox.to(learner.id(), NoticeKind.DUE_SOON);
        assertThat(soon).hasSize(2);
        assertThat(soon.get(1).text()).contains("Лишився один день");

        clock.at(kyiv(sessionDay.plusDays(6), 9, 5));
        scanTwiceAndDeliver();
        clock.at(kyiv(sessionDay.plusDays(7), 9, 5));
        scanTwiceAndDeliver();
        List<OutgoingMessage> overdue = inbox.to(learner.id(), NoticeKind.OVERDUE);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).subject()).isEqualTo("Термін минув: " + world.title);
        assertThat(overdue.get(0).link()).endsWith("/courses/" + world.course);
        assertThat(inbox.to(learner.id(), NoticeKind.DUE_SOON)).hasSize(2);
        assertThat(inbox.to(withdrawn.id(), NoticeKind.DUE_SOON)).isEmpty();
        assertThat(inbox.to(withdrawn.id(), NoticeKind.OVERDUE)).isEmpty();
    }

    @Test
    void aClosingQuizIsToldOnceADayAheadToWhoeverHasNotSubmittedIt() {
        CalendarWorld.Learner submitted = world.learner("Олена Здала", ownDue);
        submitQuiz(api.login(submitted.email(), Api.PASSWORD));

        clock.at(quizCloses.minus(25, ChronoUnit.HOURS));
        scanTwiceAndDeliver();
        assertThat(inbox.to(learner.id(), NoticeKind.QUIZ_CLOSING)).as("more than a day ahead").isEmpty();

        clock.at(quizCloses.minus(23, ChronoUnit.HOURS));
        scanTwiceAndDeliver();
        scanFromTwoThreadsAndDeliver();

        List<OutgoingMessage> told = inbox.to(learner.id(), NoticeKind.QUIZ_CLOSING);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).subject()).isEqualTo("Тест скоро закриється: " + CalendarWorld.QUIZ);
        assertThat(told.get(0).text()).contains("закривається " + KyivTime.dateTime(quizCloses));
        assertThat(told.get(0).link()).endsWith("/courses/" + world.course + "/lessons/" + world.quiz);
        assertThat(inbox.to(submitted.id(), NoticeKind.QUIZ_CLOSING)).isEmpty();
        assertThat(inbox.to(withdrawn.id(), NoticeKind.QUIZ_CLOSING)).isEmpty();
    }

    private void scanTwiceAndDeliver() {
        reminders.scan();
        reminders.scan();
        notifications.deliverDue();
    }

    /** Two nodes scanning at the same moment. */
    private void scanFromTwoThreadsAndDeliver() {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> scans = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reminders.scan();
        })).toList();
        start.countDown();
        scans.forEach(CompletableFuture::join);
        notifications.deliverDue();
    }

    @SuppressWarnings("unchecked")
    private void submitQuiz(String token) {
        Map<String, Object> attempt = check(api.post(token, "/api/lessons/" + world.quiz + "/attempts", Map.of()));
        Map<String, Object> question = ((List<Map<String, Object>>) attempt.get("questions")).get(0);
        check(api.put(token, "/api/attempts/" + Api.id(attempt) + "/answers/" + question.get("id"),
                Map.of("response", Map.of("value", true), "seq", 1)));
        check(api.post(token, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()));
    }

    private static Instant kyiv(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(KyivTime.ZONE).toInstant();
    }
}
