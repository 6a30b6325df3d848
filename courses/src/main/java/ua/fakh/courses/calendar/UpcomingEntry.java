package ua.fakh.courses.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One dated thing ahead: an in-person (later online) session, a due date, or a quiz closing. A due
 * date and a quiz close are moments ({@code endsAt} null); a session lasts its hours.
 *
 * @param id         the session's, the enrollment's (a learner's due date), the cohort's (a course's due
 *                   date) or the quiz lesson's id: with {@code kind}, stable across feeds and reminders
 * @param title      the session's or the quiz's title ({@code titleEn} when it has an English one);
 *                   for a due date the course's title
 * @param cohortName the group, for sessions and a course's due dates
 * @param onlineLink where an online session is joined: its page ({@code /sessions/{id}}, relative), none in person
 * @param path       the page to open, relative to the installation's address
 */
@Serdeable
public record UpcomingEntry(Kind kind, UUID id, UUID courseId, String courseTitle, @Nullable String courseTitleEn,
                            String title, @Nullable String titleEn, Instant startsAt, @Nullable Instant endsAt,
                            @Nullable String place, @Nullable String onlineLink, @Nullable String cohortName, String path) {

    public enum Kind { SESSION, DUE, QUIZ_CLOSES }
}
