package ua.fakh.courses.attendance.internal;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.courses.attendance.MeasuredAttendance;
import ua.fakh.courses.meetings.MeetingReported;

import java.util.UUID;

/**
 * A provider reported a meeting: its session's attendance is measured from the report. Runs in the
 * outbox's delivery transaction; measuring is idempotent, so a second delivery changes nothing.
 */
@Singleton
class MeetingReportListener implements OutboxListener<MeetingReported> {
    /** A provider: measuring re-evaluates completion, which publishes to the outbox that delivers to this listener. */
    private final Provider<MeasuredAttendance> attendance;

    MeetingReportListener(Provider<MeasuredAttendance> attendance) {
        this.attendance = attendance;
    }

    @Override
    public Class<MeetingReported> eventType() {
        return MeetingReported.class;
    }

    @Override
    public void on(MeetingReported event, UUID eventId) {
        attendance.get().measured(event.sessionId());
    }
}
