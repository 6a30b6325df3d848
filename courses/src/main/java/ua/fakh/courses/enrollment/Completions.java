package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.math.BigDecimal;
import java.time.Instant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What stands between an enrollment and completion, computed in one place (the rule that completes
 * enrollments reads the same list) for the learner's page, the API, the trainer's refusals and the
 * gradebook. Read-only; every method answers from the database as it is now.
 */
public interface Completions {

    /** The learner themself or a trainer of the course (403 otherwise, 404 for no such enrollment). */
    CompletionStanding standing(UUID enrollmentId, Caller caller);

    /** The same, for an enrollment the caller has just read: its progress is not read a second time. */
    CompletionStanding standing(EnrollmentView enrollment, Caller caller);

    /** What is missing, without an access check (the caller decided access); empty once completed. */
    List<MissingRequirement> missing(UUID enrollmentId);

    /** In-person attendance of each enrollment that belongs to a cohort with sessions (others are absent from the map). */
    Map<UUID, AttendanceSummary> attendance(Collection<UUID> enrollmentIds);

    /** The earliest in-person session from now on in the cohorts of the user's active enrollments. */
    Optional<UpcomingSession> nextSession(UUID userId);

    /**
     * The hours a certificate states for a learner of a blended course: the course's hours less the hours
     * of their cohort's sessions plus the hours of the sessions they were present at, never below 0; the
     * course's hours as they are for someone without a cohort or in a cohort without sessions.
     */
    BigDecimal creditedHours(UUID courseId, UUID userId, BigDecimal courseHours);

    record AttendanceSummary(int attended, int sessions, int percent, @Nullable Integer requiredPercent) {
        public boolean belowMinimum() {
            return requiredPercent != null && percent < requiredPercent;
        }
    }

    record UpcomingSession(UUID courseId, String cohortName, String title, Instant startsAt,
                           BigDecimal hours, @Nullable String place) {
    }
}
