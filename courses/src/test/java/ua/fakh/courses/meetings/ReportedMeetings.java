package ua.fakh.courses.meetings;

import jakarta.inject.Singleton;
import ua.fakh.core.events.OutboxListener;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every delivered MeetingReported, to prove each report is announced exactly once. */
@Singleton
public class ReportedMeetings implements OutboxListener<MeetingReported> {
    public final List<MeetingReported> received = new CopyOnWriteArrayList<>();

    @Override
    public Class<MeetingReported> eventType() {
        return MeetingReported.class;
    }

    @Override
    public void on(MeetingReported event, UUID eventId) {
        received.add(event);
    }

    public List<MeetingReported> of(UUID sessionId) {
        return received.stream().filter(e -> e.sessionId().equals(sessionId)).toList();
    }
}
