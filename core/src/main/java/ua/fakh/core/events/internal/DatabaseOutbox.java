package ua.fakh.core.events.internal;

import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.common.Ids;
import ua.fakh.core.events.Outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores events in {@code outbox_events} and delivers them from a scheduled poll (and on demand).
 * Each event is delivered in its own transaction, claimed with {@code FOR UPDATE SKIP LOCKED} so
 * two nodes never hand the same event to their listeners at the same time.
 */
@Singleton
class DatabaseOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutbox.class);
    private static final int BATCH = 100;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(30);

    private final OutboxRepository rows;
    private final OutboxDelivery delivery;
    private final JsonMapper json;
    private final Clock clock;

    DatabaseOutbox(OutboxRepository rows, OutboxDelivery delivery, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.delivery = delivery;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publish(Object event) {
        Instant now = clock.instant();
        try {
            rows.save(new OutboxRow(Ids.newId(), event.getClass().getName(), json.writeValueAsString(event), now, now, 0, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(fixedDelay = "${fakh.outbox.poll:1s}", initialDelay = "${fakh.outbox.first-poll:2s}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Outbox poll failed; will try again: {}", e.getMessage());
        }
    }

    @Override
    public int deliverDue() {
        int delivered = 0;
        List<UUID> due = rows.findDue(clock.instant(), BATCH);
        for (UUID id : due) {
            try {
                if (delivery.deliver(id)) {
                    delivered++;
                }
            } catch (RuntimeException failure) {
                OutboxRow row = rows.findById(id).orElse(null);
                int attempts = row == null ? 0 : row.attempts();
                Duration pause = Duration.ofSeconds(1L << Math.min(attempts, 11));
                if (pause.compareTo(LONGEST_PAUSE) > 0) {
                    pause = LONGEST_PAUSE;
                }
                String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
                rows.markFailed(id, message.length() > 2000 ? message.substring(0, 2000) : message, clock.instant().plus(pause));
                LOG.warn("Outbox event {} failed (attempt {}), next try in {}: {}", id, attempts + 1, pause, message);
            }
        }
        return delivered;
    }
}
