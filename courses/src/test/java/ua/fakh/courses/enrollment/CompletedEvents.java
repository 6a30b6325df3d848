package ua.fakh.courses.enrollment;

import jakarta.inject.Singleton;
import ua.fakh.core.events.OutboxListener;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every delivered CourseCompleted, to prove each is delivered exactly once. */
@Singleton
public class CompletedEvents implements OutboxListener<CourseCompleted> {
    public final List<CourseCompleted> received = new CopyOnWriteArrayList<>();

    @Override
    public Class<CourseCompleted> eventType() {
        return CourseCompleted.class;
    }

    @Override
    public void on(CourseCompleted event, UUID eventId) {
        received.add(event);
    }

    public long count(UUID enrollmentId) {
        return received.stream().filter(e -> e.enrollmentId().equals(enrollmentId)).count();
    }
}
