package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.ValidationException;

import java.time.Instant;

/**
 * Where an answer comes from besides its owner: when the learner's device saved it ({@code savedAt},
 * the device clock corrected to the server's; null: as it arrives) and the offline window's token
 * ({@code windowToken}; required for answers to an offline attempt).
 */
public record AnswerOrigin(@Nullable Instant savedAt, @Nullable String windowToken) {
    /** An answer saved as it arrives, on a connected page. */
    public static final AnswerOrigin NOW = new AnswerOrigin(null, null);

    /**
     * From the wire: epoch milliseconds (or none) and the header's value (or none).
     *
     * @throws ValidationException for a time before 1970: no device saved an answer then, and a database
     *                             column cannot hold the far past a client may send
     */
    public static AnswerOrigin of(@Nullable Long savedAtMillis, @Nullable String windowToken) {
        if (savedAtMillis != null && savedAtMillis < 0) {
            throw ValidationException.of("savedAt", "problem.field.savedAt");
        }
        return new AnswerOrigin(savedAtMillis == null ? null : Instant.ofEpochMilli(savedAtMillis),
                windowToken == null || windowToken.isBlank() ? null : windowToken.strip());
    }
}
