package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a provider says happened in a meeting: {@code reportKey} identifies the report (a retried
 * callback carries the same key and is recorded once); each stretch is one join-to-leave of one
 * participant, matched by the user id Fakh put in the join ({@code null} when the provider saw
 * someone Fakh did not send).
 */
public record MeetingReport(String reportKey, List<Stretch> stretches) {

    public MeetingReport {
        stretches = List.copyOf(stretches);
    }

    public record Stretch(@Nullable UUID userId, String externalId, String name, Instant joinedAt, Instant leftAt) {
    }
}
