package ua.fakh.courses.registration.internal;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserDisabled;
import ua.fakh.courses.enrollment.CohortPlaces;
import ua.fakh.courses.enrollment.CohortView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A disabled account cannot come to an event: it leaves every waiting list, and its seat at an event
 * that has not ended goes to the first waiting at once (an ended event keeps its members as they were,
 * for the record). Each cohort under its registration lock; a second delivery finds nothing left to do.
 */
@Singleton
class DisabledPersonListener implements OutboxListener<UserDisabled> {
    private final RegistrationRepository registrations;
    private final WaitlistRepository waitlist;
    private final Provider<Seating> seating; // the outbox needs its listeners, and seating reaches the outbox
    private final Provider<CohortPlaces> places;
    private final AuditLog audit;
    private final Clock clock;

    DisabledPersonListener(RegistrationRepository registrations, WaitlistRepository waitlist, Provider<Seating> seating,
                           Provider<CohortPlaces> places, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.seating = seating;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Class<UserDisabled> eventType() {
        return UserDisabled.class;
    }

    @Override
    public void on(UserDisabled event, UUID eventId) {
        UUID userId = event.userId();
        for (WaitlistRow entry : waitlist.findByUserIdOrderByCohortId(userId)) {
            registrations.findForUpdate(entry.cohortId());
            waitlist.deleteById(entry.id());
            audit.record(Caller.system(), "REGISTRATION_CANCELLED", "cohort", entry.cohortId(),
                    Map.of("state", "WAITING", "userId", userId, "reason", "disabled"));
        }
        LocalDate today = KyivTime.day(clock.instant());
        for (UUID cohortId : registrations.findSeatedCohorts(userId)) {
            RegistrationRow registration = registrations.findForUpdate(cohortId).orElseThrow();
            CohortView cohort = places.get().cohort(cohortId).orElseThrow();
            if (cohort.endsOn() != null && cohort.endsOn().isBefore(today)) {
                continue;
            }
            if (places.get().release(cohortId, userId, null)) {
                int moved = seating.get().fill(registration);
                audit.record(Caller.system(), "REGISTRATION_CANCELLED", "cohort", cohortId,
                        Map.of("state", "SEATED", "userId", userId, "reason", "disabled", "movedUp", moved));
            }
        }
    }
}
