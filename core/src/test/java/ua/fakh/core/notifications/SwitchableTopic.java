package ua.fakh.core.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A topic for the engine's tests: whatever is in {@link #gone} no longer holds. */
@Singleton
@Requires(property = "fakh.test.recording-channels", value = "true")
class SwitchableTopic implements NoticeTopic {
    final Set<UUID> gone = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "testthing";
    }

    @Override
    public boolean stillHolds(UUID id) {
        return !gone.contains(id);
    }
}
