package ua.fakh.core.limits;

/**
 * Counters shared by every node (kept in the database), so a limit holds whatever the node count.
 * Each call runs in its own transaction: a hit counts even when the caller's work rolls back, so a
 * refused guess inside a failing transaction is still counted.
 */
public interface RateLimits {

    /**
     * Counts {@code weight} hits for {@code subject}.
     *
     * @throws ua.fakh.core.errors.TooManyRequestsException (429 with {@code Retry-After} until the
     *                                                     window ends) when the window already holds {@code limit.max()} hits
     */
    void take(RateLimit limit, String subject, int weight);

    default void take(RateLimit limit, String subject) {
        take(limit, subject, 1);
    }

    /**
     * Returns one hit taken for work that turned out fine (a right password, a right key), so only
     * failures use up the limit while parallel guesses still cannot overtake it.
     */
    void giveBack(RateLimit limit, String subject);
}
