package ua.fakh.courses.registration.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.courses.enrollment.CohortPlaces;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.registration.MyRegistration;
import ua.fakh.courses.registration.RegistrationState;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Seats and the waiting list of one cohort. Every method must run in a transaction that holds the
 * cohort's registration lock ({@link RegistrationRepository#findForUpdate}): that lock is what keeps
 * the count of seats and the waiting-list counter true when many register at once.
 */
@Singleton
class Seating {
    private final CohortPlaces places;
    private final Enrollments enrollments;
    private final WaitlistRepository waitlist;
    private final RegistrationRepository registrations;
    private final RegistrationNotices notices;
    private final Clock clock;

    Seating(CohortPlaces places, Enrollments enrollments, WaitlistRepository waitlist, RegistrationRepository registrations,
            RegistrationNotices notices, Clock clock) {
        this.places = places;
        this.enrollments = enrollments;
        this.waitlist = waitlist;
        this.registrations = registrations;
        this.notices = notices;
        this.clock = clock;
    }

    /** The outcome of placing one person: their standing, whether this call made it, or why they cannot be placed. */
    record Outcome(@Nullable MyRegistration standing, boolean fresh, @Nullable String refusal) {
    }

    MyRegistration standing(UUID cohortId, UUID courseId, UUID userId) {
        Optional<EnrollmentView> seat = enrollments.find(courseId, userId)
                .filter(e -> cohortId.equals(e.cohortId()) && e.status() != EnrollmentStatus.WITHDRAWN);
        if (seat.isPresent()) {
            return new MyRegistration(cohortId, userId, RegistrationState.SEATED, null, seat.get().id());
        }
        return waitlist.findByCohortIdAndUserId(cohortId, userId)
                .map(w -> new MyRegistration(cohortId, userId, RegistrationState.WAITING, positionOf(w), null))
                .orElse(new MyRegistration(cohortId, userId, RegistrationState.NONE, null, null));
    }

    /** A seat when one is free (and nobody waits for it), else the end of the waiting list; the same standing when already placed. */
    Outcome place(RegistrationRow registration, UUID courseId, UUID userId, @Nullable UUID by) {
        UUID cohortId = registration.cohortId();
        MyRegistration before = standing(cohortId, courseId, userId);
        if (before.state() != RegistrationState.NONE) {
            return new Outcome(before, false, null);
        }
        Optional<String> refusal = places.refusal(cohortId, userId);
        if (refusal.isPresent()) {
            return new Outcome(null, false, refusal.get());
        }
        if (places.seatsTaken(cohortId) < registration.capacity() && waitlist.countByCohortId(cohortId) == 0) {
            EnrollmentView seat = places.seat(cohortId, userId, by);
            return new Outcome(new MyRegistration(cohortId, userId, RegistrationState.SEATED, null, seat.id()), true, null);
        }
        long position = registrations.findById(cohortId).orElseThrow().nextPosition(); // this transaction's latest
        registrations.updateNextPosition(cohortId, position + 1);
        WaitlistRow row = waitlist.save(new WaitlistRow(Ids.newId(), cohortId, userId, position, clock.instant(), by));
        int place = positionOf(row);
        notices.waiting(row, courseId, place);
        return new Outcome(new MyRegistration(cohortId, userId, RegistrationState.WAITING, place, null), true, null);
    }

    /** Gives free seats to the first on the waiting list, in order, each told; returns how many moved up. */
    int fill(RegistrationRow registration) {
        UUID cohortId = registration.cohortId();
        int moved = 0;
        int free = registration.capacity() - places.seatsTaken(cohortId);
        for (WaitlistRow first : waitlist.findByCohortIdOrderByPosition(cohortId)) {
            if (free <= 0) {
                break;
            }
            waitlist.delete(first);
            if (places.refusal(cohortId, first.userId()).isPresent()) {
                continue; // enrolled elsewhere meanwhile (or completed the course): the seat goes to the next
            }
            EnrollmentView seat = places.seat(cohortId, first.userId(), first.registeredBy());
            notices.movedUp(seat, first.id());
            free--;
            moved++;
        }
        return moved;
    }

    private int positionOf(WaitlistRow row) {
        return (int) waitlist.countByCohortIdAndPositionLessThan(row.cohortId(), row.position()) + 1;
    }
}
