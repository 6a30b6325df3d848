package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A server-granted window to take a quiz without a connection: the attempt (already started, its
 * questions frozen), where its page is, until when answers made on the device count, and the token
 * every answer of the attempt carries ({@code X-Offline-Window}). {@code questionIds} are the ids the
 * answers are saved under; {@code timeLimitSeconds} runs from the moment the learner opens the attempt.
 */
@Serdeable
public record OfflineWindow(UUID attemptId, String attemptUrl, Instant grantedAt, Instant deadline, long deadlineMillis,
                            String token, List<UUID> questionIds, @Nullable Integer timeLimitSeconds) {
}
