package ua.fakh.courses.assessment;

/**
 * The trainers' daily digest of essays waiting for grading (kind GRADING_DIGEST): from its time of day
 * in Kyiv ({@code fakh.notices.grading-digest-at}), one message per trainer and day listing, per
 * course, how many essays wait; none when nothing waits. Every node runs it on a schedule; the first to
 * claim the day ({@link ua.fakh.core.common.ScanOccasions}) computes it, and the event key
 * {@code grading-digest:<trainer>:<day>} would send each once even if two did.
 */
public interface GradingDigests {

    /** Queues today's digests if it is time; returns how many were handed to the notifications (tests). */
    int sendDue();
}
