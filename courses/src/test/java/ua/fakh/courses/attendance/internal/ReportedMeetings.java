package ua.fakh.courses.attendance.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.events.Outbox;
import ua.fakh.courses.meetings.MeetingReported;

import java.util.UUID;

/** Announces a stored report as the provider's callback does: the event goes to the outbox in a transaction. */
@Singleton
class ReportedMeetings {
    private final Outbox outbox;

    ReportedMeetings(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    void announce(UUID sessionId, UUID reportId) {
        outbox.publish(new MeetingReported(sessionId, reportId));
    }
}
