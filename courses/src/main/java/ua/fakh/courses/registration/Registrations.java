package ua.fakh.courses.registration;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.UUID;

/**
 * Open registration for a cohort. Every change to one cohort's seats runs under a lock on its
 * registration row, so seats are never oversold and the waiting list has one total order; a freed seat
 * goes to the first on the waiting list in the same transaction. Repeating a request gives the same
 * seat or place. Refusals: 404 (no such cohort, or registration never opened), 403, 409 (closed).
 */
public interface Registrations {

    /** A course trainer opens registration or changes it; a larger capacity seats the first waiting at once. */
    RegistrationView configure(UUID cohortId, RegistrationSettings settings, Caller trainer);

    /** Anyone signed in: capacity, seats left, closing time (404 when registration was never opened). */
    RegistrationView get(UUID cohortId, Caller caller);

    /** The caller registers: a seat when one is free, else a place on the waiting list. */
    Placement register(UUID cohortId, Caller learner);

    /** The caller's own standing in the cohort. */
    MyRegistration mine(UUID cohortId, Caller learner);

    /** The caller gives up their seat (the first waiting moves up) or their place on the waiting list; idempotent. */
    MyRegistration cancel(UUID cohortId, Caller learner);

    /** A course trainer: who holds a seat and who waits, in order. */
    RegistrationList list(UUID cohortId, Caller trainer);

    /** HR registers its staff (ADMIN anyone): one line per person, refused lines reported, the others placed in order. */
    BulkRegistrationReport registerMany(UUID cohortId, List<UUID> userIds, Caller hr);

    /** What a caller may see of a cohort's event: its course, dates and sessions (for the event page). */
    EventView event(UUID cohortId, Caller caller);
}
