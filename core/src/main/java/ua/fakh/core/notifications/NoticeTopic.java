package ua.fakh.core.notifications;

import java.util.UUID;

/**
 * What a notice can be about and whether that still holds: the module that owns the thing says so
 * ({@code enrollment}: still active; {@code certificate}: not revoked). Asked when a queued message's
 * turn comes, so nobody hears about a withdrawn enrolment or a revoked certificate.
 */
public interface NoticeTopic {

    /** The topic's name, the part before the colon of {@link Notice#about()}. */
    String name();

    boolean stillHolds(UUID id);
}
