package ua.fakh.core.notifications;

/**
 * Messages to people: the one door. {@link #send} must run inside the transaction that makes the
 * fact true (an outbox listener, a service method, a reminder scan): the messages are queued with it
 * — one per channel the recipient reads this kind on — put into the recipient's language, and sent
 * after commit with retries. A notice whose event key, recipient and channel were queued before is
 * dropped, so announcing a fact twice, on two nodes or after a crash, sends it once.
 */
public interface Notifications {

    /** Queues the notice for every channel its recipient chose for its kind; a disabled recipient gets nothing. */
    void send(Notice notice);

    /** Sends what is due now in the calling thread; returns how many messages went out (tests, shutdown). */
    int deliverDue();
}
