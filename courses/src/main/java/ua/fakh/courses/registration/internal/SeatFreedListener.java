package ua.fakh.courses.registration.internal;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.EnrollmentWithdrawn;

import java.util.Map;
import java.util.UUID;

/**
 * A seat freed by anyone but the registration itself (a trainer withdraws the learner, alone or in
 * bulk, or the learner withdraws from the course) moves the waiting list up now, not at the next
 * registration. Runs in the outbox's delivery transaction under the cohort's registration lock and
 * seats only while seats are free, so a second delivery of the same event (or the cancel path having
 * filled the seat already) seats nobody extra.
 */
@Singleton
class SeatFreedListener implements OutboxListener<EnrollmentWithdrawn> {
    private final RegistrationRepository registrations;
    private final Provider<Seating> seating; // the outbox needs its listeners, and seating reaches the outbox
    private final AuditLog audit;

    SeatFreedListener(RegistrationRepository registrations, Provider<Seating> seating, AuditLog audit) {
        this.registrations = registrations;
        this.seating = seating;
        this.audit = audit;
    }

    @Override
    public Class<EnrollmentWithdrawn> eventType() {
        return EnrollmentWithdrawn.class;
    }

    @Override
    public void on(EnrollmentWithdrawn event, UUID eventId) {
        if (event.cohortId() == null) {
            return;
        }
        registrations.findForUpdate(event.cohortId()).ifPresent(registration -> {
            int moved = seating.get().fill(registration);
            if (moved > 0) {
                audit.record(Caller.system(), "WAITLIST_MOVED_UP", "cohort", event.cohortId(),
                        Map.of("movedUp", moved, "freedBy", event.enrollmentId()));
            }
        });
    }
}
