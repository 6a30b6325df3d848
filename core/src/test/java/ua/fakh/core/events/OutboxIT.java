package ua.fakh.core.events;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
class OutboxIT {
    @Inject
    Outbox outbox;
    @Inject
    FactsForTests facts;
    @Inject
    RecordingListener listener;

    @BeforeEach
    void drain() {
        outbox.deliverDue();
        listener.received.clear();
        listener.deliveries.clear();
    }

    @Test
    void deliversACommittedEventOnce() {
        String what = "курс завершено " + UUID.randomUUID();
        facts.happen(what);
        assertThat(outbox.deliverDue()).isEqualTo(1);
        assertThat(outbox.deliverDue()).isZero();
        assertThat(listener.received).containsExactly(what);
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        assertThatThrownBy(() -> facts.happenThenFail("never")).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.deliverDue()).isZero();
        assertThat(listener.received).isEmpty();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(new SomethingHappened("loose"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aFailingListenerIsRetriedLaterAndTheEventIsNotLost() throws InterruptedException {
        listener.failuresLeft.set(1);
        facts.happen("fail once");
        assertThat(outbox.deliverDue()).isZero();
        assertThat(listener.received).isEmpty();
        Thread.sleep(1_100);
        assertThat(outbox.deliverDue()).isEqualTo(1);
        assertThat(listener.received).containsExactly("fail once");
    }

    @Test
    void concurrentDispatchersDeliverEachEventExactlyOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            facts.happen("parallel " + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> dispatchers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                dispatchers.add(outbox::deliverDue);
            }
            int total = 0;
            for (var f : pool.invokeAll(dispatchers)) {
                total += f.get();
            }
            total += outbox.deliverDue();
            assertThat(total).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        assertThat(listener.received).hasSize(40).doesNotHaveDuplicates();
        assertThat(listener.deliveries.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
    }
}
