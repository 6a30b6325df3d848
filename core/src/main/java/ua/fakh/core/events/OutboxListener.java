package ua.fakh.core.events;

import java.util.UUID;

/**
 * Receives events of one type from the {@link Outbox}. Runs inside the transaction that marks the
 * event delivered, so a listener's own database writes commit together with the delivery; if it
 * throws, both roll back and the event is tried again later (with growing pauses). Because delivery
 * is at least once, a listener must be idempotent: keyed by {@code eventId} or by its own unique constraint.
 */
public interface OutboxListener<E> {

    Class<E> eventType();

    void on(E event, UUID eventId);
}
