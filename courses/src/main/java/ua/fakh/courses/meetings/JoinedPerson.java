package ua.fakh.courses.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One person in the trainer's live view: their passes through the join page (first, last, how many),
 * the times they checked in, and, for someone who sat at another's device, whose ({@code companionOf}).
 */
@Serdeable
public record JoinedPerson(UUID userId, String name, @Nullable Instant firstJoinAt, @Nullable Instant lastJoinAt, int joins,
                           boolean moderator, List<Instant> checkins, @Nullable UUID companionOf) {

    /** A person confirmed by {@code confirmedBy} as sitting at {@code hostUserId}'s device. */
    @Serdeable
    public record Companion(UUID hostUserId, UUID userId, String name, UUID confirmedBy, Instant confirmedAt) {
    }
}
