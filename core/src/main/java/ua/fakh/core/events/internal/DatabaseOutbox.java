package ua.fakh.core.events.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores events in {@code outbox_events} and delivers them from a scheduled poll (and on demand).
 * Each event is delivered in its own transaction, claimed with {@code FOR UPDATE SKIP LOCKED} so
 * two nodes never hand the same event to their listeners at the same time. Within a node,
 * {@code fakh.outbox.workers} threads deliver a batch side by side (events are independent facts;
 * nothing relies on their order), so a slow listener such as a PDF rendering uses every core.
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
    private final int workers;
    private final ExecutorService pool;

    DatabaseOutbox(OutboxRepository rows, OutboxDelivery delivery, JsonMapper json, Clock clock,
                   @Value("${fakh.outbox.workers:2}") int workers) {
        this.rows = rows;
        this.delivery = delivery;
        this.json = json;
        this.clock = clock;
        this.workers = Math.max(1, workers);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.workers, task -> {
            Thread thread = new Thread(task, "outbox-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
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
        List<UUID> due = rows.findDue(clock.instant(), BATCH);
        if (workers == 1 || due.size() < 2) {
            return deliverFrom(new ConcurrentLinkedQueue<>(due));
        }
        Queue<UUID> queue = new ConcurrentLinkedQueue<>(due);
        List<Future<Integer>> running = new ArrayList<>();
        for (int i = 0; i < Math.min(workers, due.size()); i++) {
            running.add(pool.submit(() -> deliverFrom(queue)));
        }
        int delivered = 0;
        for (Future<Integer> worker : running) {
            try {
                delivered += worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while delivering outbox events", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("an outbox worker failed", e.getCause());
            }
        }
        return delivered;
    }

    private int deliverFrom(Queue<UUID> queue) {
        int delivered = 0;
        for (UUID id = queue.poll(); id != null; id = queue.poll()) {
            if (deliverOne(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Delivers one event; a failing listener marks it for a later try with a growing pause. */
    private boolean deliverOne(UUID id) {
        try {
            return delivery.deliver(id);
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
            return false;
        }
    }
}
