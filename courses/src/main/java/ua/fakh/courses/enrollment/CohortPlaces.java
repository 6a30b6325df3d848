package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Places in a cohort for open registration ({@code ua.fakh.courses.registration}): a place is an
 * enrollment in the course in that cohort, made the usual way, so the enrolment notice, reminders,
 * calendar, completion and certificates apply unchanged. No access checks here: the caller has decided
 * who may; every method joins the caller's transaction (which holds the cohort's registration lock).
 */
public interface CohortPlaces {

    /** The cohort with its sessions, without an access check; empty when there is no such cohort. */
    Optional<CohortView> cohort(UUID cohortId);

    /** How many hold a place (enrolled in the cohort, not withdrawn). */
    int seatsTaken(UUID cohortId);

    /** Members who hold a place: enrolled in the cohort and not withdrawn (completed ones keep theirs). */
    List<EnrollmentView> members(UUID cohortId);

    /**
     * Why the person cannot take a place in the cohort (a bundle key: enrolled in another cohort of the
     * course, or completed it already), or empty when they can (also when they already hold one).
     */
    Optional<String> refusal(UUID cohortId, UUID userId);

    /**
     * Gives the person a place: enrolls them in the course in this cohort (re-activating a withdrawn
     * enrollment, moving one without a cohort into it); idempotent. Call only when {@link #refusal} is empty.
     */
    EnrollmentView seat(UUID cohortId, UUID userId, @Nullable UUID by);

    /** Withdraws the person's active enrollment in the cohort; false when they held no active place there. */
    boolean release(UUID cohortId, UUID userId, @Nullable UUID by);
}
