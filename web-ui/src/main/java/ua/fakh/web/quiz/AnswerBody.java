package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * What the page's script sends for one answer, with its sequence number: the question's own form
 * fields ({@code fields}, name to values, read by the question's type) or a response already in the
 * attempt API's shape ({@code response}; also what copies kept by an older page hold), and when the device
 * saved it ({@code savedAt}, epoch ms, the device clock corrected by its difference to the page's {@code data-now}).
 */
@Serdeable
public record AnswerBody(@Nullable Map<String, Object> response, @Nullable Map<String, Object> fields, @Nullable Long seq,
                         @Nullable Long savedAt) {
}
