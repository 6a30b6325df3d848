package ua.fakh.courses.calendar.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeAttachment;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.calendar.DateReminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link DateReminders}: each kind of occasion scanned in its own transaction, over a bounded window,
 * handing one notice per occasion to {@link Notifications}, whose event keys make repeats vanish.
 */
@Singleton
@Requires(beans = Notifications.class)
class DateReminderService implements DateReminders {
    private final ScheduleQueries queries;
    private final PublishedCourses courses;
    private final Notifications notifications;
    private final IcsWriter ics;
    private final Users users;
    private final Clock clock;

    DateReminderService(ScheduleQueries queries, PublishedCourses courses, Notifications notifications, IcsWriter ics,
                        Users users, Clock clock) {
        this.queries = queries;
        this.courses = courses;
        this.notifications = notifications;
        this.ics = ics;
        this.users = users;
        this.clock = clock;
    }

    /** One transaction: the notices of a scan are queued together or, after a failure, all again next time. */
    @Override
    @Transactional
    public int scan() {
        Instant now = clock.instant();
        return sessionsTomorrow(now) + dueDates(now) + quizzesClosing(now);
    }

    private int sessionsTomorrow(Instant now) {
        if (!ReminderWindows.dayRemindersOpen(now)) {
            return 0;
        }
        List<ScheduleRows.SessionAt> rows = queries.sessionsStarting(ReminderWindows.tomorrowStarts(now), ReminderWindows.tomorrowEnds(now));
        Map<UUID, UserView> people = users.findAll(rows.stream().map(ScheduleRows.SessionAt::userId).distinct().toList());
        Map<UUID, Optional<PublishedCourses.Course>> known = new HashMap<>();
        int sent = 0;
        for (ScheduleRows.SessionAt s : rows) {
            Optional<PublishedCourses.Course> course = known.computeIfAbsent(s.courseId(), courses::of);
            UserView person = people.get(s.userId());
            if (course.isEmpty() || person == null) {
                continue;
            }
            PublishedCourses.Course c = course.get();
            List<NoticeText> paragraphs = new ArrayList<>(List.of(NoticeText.of("calendar.notice.session.when", s.title(),
                    titles(c), KyivTime.dateTime(s.startsAt()), s.hours().stripTrailingZeros().toPlainString())));
            if (s.place() != null) {
                paragraphs.add(NoticeText.of("calendar.notice.session.place", s.place()));
            }
            paragraphs.add(NoticeText.of("calendar.notice.session.file"));
            Locale locale = Locale.forLanguageTag(person.locale());
            var entry = UpcomingService.session(s, c, "/courses/" + c.id());
            String file = ics.write(IcsWriter.course(entry, locale), List.of(entry), locale);
            notifications.send(new Notice("session-tomorrow:" + s.id() + ":" + s.userId(), s.userId(), NoticeKind.SESSION_TOMORROW,
                    NoticeText.of("calendar.notice.session.subject", s.title()), paragraphs, null, null, null)
                    .withAction(NoticeText.of("calendar.notice.action.course"), "/courses/" + c.id())
                    .withAttachment(new NoticeAttachment("session.ics", "text/calendar; method=PUBLISH", file)));
            sent++;
        }
        return sent;
    }

    private int dueDates(Instant now) {
        if (!ReminderWindows.dayRemindersOpen(now)) {
            return 0;
        }
        Map<UUID, Optional<PublishedCourses.Course>> known = new HashMap<>();
        int sent = 0;
        for (ScheduleRows.DueAt d : queries.dueBetween(ReminderWindows.dueFrom(now), ReminderWindows.dueUntil(now))) {
            Optional<PublishedCourses.Course> course = known.computeIfAbsent(d.courseId(), courses::of);
            if (course.isEmpty()) {
                continue;
            }
            String occasion = ReminderWindows.dueOccasion(d.dueAt(), now);
            String key = occasion + ":" + d.enrollmentId() + ":" + ReminderWindows.dueDay(d.dueAt());
            Bilingual title = titles(course.get());
            String by = KyivTime.dateTime(d.dueAt());
            Notice notice = switch (occasion) {
                case "overdue" -> Notice.of(key, d.userId(), NoticeKind.OVERDUE, NoticeText.of("calendar.notice.overdue.subject", title),
                        NoticeText.of("calendar.notice.overdue.text", title, by));
                case "due-1d" -> Notice.of(key, d.userId(), NoticeKind.DUE_SOON,
                        NoticeText.of("calendar.notice.dueSoon.subject", KyivTime.date(d.dueAt()), title),
                        NoticeText.of("calendar.notice.dueTomorrow.text", title, by));
                default -> Notice.of(key, d.userId(), NoticeKind.DUE_SOON,
                        NoticeText.of("calendar.notice.dueSoon.subject", KyivTime.date(d.dueAt()), title),
                        NoticeText.of("calendar.notice.dueSoon.text", title, by));
            };
            notifications.send(notice.withAction(NoticeText.of("calendar.notice.action.course"), "/courses/" + d.courseId())
                    .about(ua.fakh.courses.enrollment.Enrollments.NOTICE_TOPIC, d.enrollmentId()));
            sent++;
        }
        return sent;
    }

    private int quizzesClosing(Instant now) {
        Instant until = now.plus(ReminderWindows.QUIZ_NOTICE);
        List<PublishedCourses.Course> closing = queries.coursesWithLearners().stream().flatMap(id -> courses.of(id).stream())
                .filter(c -> c.quizCloses().stream().anyMatch(q -> q.closesAt().isAfter(now) && !q.closesAt().isAfter(until)))
                .toList();
        if (closing.isEmpty()) {
            return 0;
        }
        Map<UUID, List<ScheduleRows.Member>> members = queries.membersOf(closing.stream().map(PublishedCourses.Course::id).toList())
                .stream().collect(Collectors.groupingBy(ScheduleRows.Member::courseId));
        int sent = 0;
        for (PublishedCourses.Course c : closing) {
            List<PublishedCourses.QuizClose> quizzes = c.quizCloses().stream()
                    .filter(q -> q.closesAt().isAfter(now) && !q.closesAt().isAfter(until)).toList();
            Set<String> submitted = queries.submitted(quizzes.stream().map(PublishedCourses.QuizClose::lessonId).toList()).stream()
                    .map(s -> s.lessonId() + ":" + s.userId()).collect(Collectors.toSet());
            for (PublishedCourses.QuizClose q : quizzes) {
                for (ScheduleRows.Member m : members.getOrDefault(c.id(), List.of())) {
                    if (submitted.contains(q.lessonId() + ":" + m.userId())) {
                        continue;
                    }
                    notifications.send(Notice.of("quiz-closing:" + q.lessonId() + ":" + m.userId() + ":" + q.closesAt(), m.userId(),
                                    NoticeKind.QUIZ_CLOSING, NoticeText.of("calendar.notice.quiz.subject", new Bilingual(q.title(), q.titleEn())),
                                    NoticeText.of("calendar.notice.quiz.text", new Bilingual(q.title(), q.titleEn()), titles(c),
                                            KyivTime.dateTime(q.closesAt())))
                            .withAction(NoticeText.of("calendar.notice.action.quiz"), "/courses/" + c.id() + "/lessons/" + q.lessonId()));
                    sent++;
                }
            }
        }
        return sent;
    }

    private static Bilingual titles(PublishedCourses.Course course) {
        return new Bilingual(course.title(), course.titleEn());
    }
}
