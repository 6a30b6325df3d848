package ua.fakh.core.events.internal;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.events.OutboxListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Delivers one event to its listeners inside the transaction that marks it delivered. */
@Singleton
class OutboxDelivery {
    private final OutboxRepository rows;
    private final List<OutboxListener<?>> listeners;
    private final JsonMapper json;
    private final Clock clock;

    OutboxDelivery(OutboxRepository rows, List<OutboxListener<?>> listeners, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.listeners = listeners;
        this.json = json;
        this.clock = clock;
    }

    /** False when another node holds the event or it was delivered meanwhile. */
    @Transactional
    public boolean deliver(UUID id) {
        OutboxRow row = rows.claim(id).orElse(null);
        if (row == null) {
            return false;
        }
        for (OutboxListener<?> listener : listeners) {
            if (listener.eventType().getName().equals(row.type())) {
                hand(listener, row);
            }
        }
        rows.markDelivered(id, clock.instant());
        return true;
    }

    private <E> void hand(OutboxListener<E> listener, OutboxRow row) {
        try {
            E event = json.readValue(row.payload(), Argument.of(listener.eventType()));
            listener.on(event, row.id());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read outbox event " + row.id(), e);
        }
    }
}
