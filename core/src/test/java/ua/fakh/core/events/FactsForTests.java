package ua.fakh.core.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Publishes test events the way production code does: inside a transaction. */
@Singleton
public class FactsForTests {
    private final Outbox outbox;

    public FactsForTests(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public void happen(String what) {
        outbox.publish(new SomethingHappened(what));
    }

    @Transactional
    public void happenThenFail(String what) {
        outbox.publish(new SomethingHappened(what));
        throw new IllegalStateException("the surrounding change failed");
    }
}
