package ua.fakh.courses.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What is ahead, earliest first, for the upcoming page, the calendar feeds and the date reminders.
 * Withdrawn enrollments and courses that are not published never show. No access check: the caller
 * decided already (a signed-in learner for themselves, a feed's token, a course's trainer).
 */
public interface Upcoming {

    /**
     * A learner's sessions of the cohorts of their active enrollments, the effective due dates of those
     * enrollments (their own, else the cohort's) and the close dates of quizzes of those courses that
     * they have not submitted, from {@code from} (inclusive) to {@code until} (exclusive).
     */
    List<UpcomingEntry> forLearner(UUID userId, Instant from, Instant until);

    /** A course as its trainers see it: every cohort's sessions and due date, and its quizzes' close dates. */
    List<UpcomingEntry> forCourse(UUID courseId, Instant from, Instant until);
}
