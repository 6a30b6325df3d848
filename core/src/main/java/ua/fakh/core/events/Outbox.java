package ua.fakh.core.events;

/**
 * Announces a fact to other modules. {@link #publish} must run inside the transaction that makes
 * the fact true: the event is stored with it and delivered after commit, at least once, to every
 * {@link OutboxListener} of its type — also after a crash, and on one node only when several share
 * a PostgreSQL database.
 */
public interface Outbox {

    /** Stores {@code event} (a {@code @Serdeable} record) for delivery; joins the caller's transaction, which must exist. */
    void publish(Object event);

    /** Delivers what is due now, in the calling thread; returns how many events were delivered (tests, shutdown). */
    int deliverDue();
}
