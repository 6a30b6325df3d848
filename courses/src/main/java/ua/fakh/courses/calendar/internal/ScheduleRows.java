package ua.fakh.courses.calendar.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the schedule queries read: plain rows, joined in SQL so a page or a scan costs a few queries. */
final class ScheduleRows {
    private ScheduleRows() {
    }

    /** A session and, for a learner's or a reminder's query, the member it is for ({@code userId} null for a course's). */
    @Introspected
    record SessionAt(UUID id, UUID courseId, UUID cohortId, String cohortName, String title, Instant startsAt, BigDecimal hours,
                     @Nullable String place, String mode, @Nullable UUID userId) {

        /** Where an online or blended session is joined: its page in Fakh (which logs the join), never the meeting itself. */
        @Nullable
        String onlineLink() {
            return "IN_PERSON".equals(mode) ? null : "/sessions/" + id;
        }
    }

    /** An active enrollment's effective due date: its own, else its cohort's. */
    @Introspected
    record DueAt(UUID enrollmentId, UUID courseId, UUID userId, Instant dueAt, @Nullable String cohortName) {
    }

    /** A cohort's due date (what a course's trainers see). */
    @Introspected
    record CohortDue(UUID cohortId, UUID courseId, String cohortName, Instant dueAt) {
    }

    /** An active enrollment in a published course. */
    @Introspected
    record Member(UUID enrollmentId, UUID courseId, UUID userId) {
    }

    /** A person's submitted (or graded) attempt at a quiz. */
    @Introspected
    record Submitted(UUID lessonId, UUID userId) {
    }
}
