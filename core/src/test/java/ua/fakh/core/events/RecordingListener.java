package ua.fakh.core.events;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts deliveries per event; fails on purpose for events whose text starts with "fail" (the first N times). */
@Singleton
public class RecordingListener implements OutboxListener<SomethingHappened> {
    public final List<String> received = new CopyOnWriteArrayList<>();
    public final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    public final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public Class<SomethingHappened> eventType() {
        return SomethingHappened.class;
    }

    @Override
    public void on(SomethingHappened event, UUID eventId) {
        if (event.what().startsWith("fail") && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("failing on purpose");
        }
        deliveries.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        received.add(event.what());
    }
}
