package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** What the page's script sends for one answer: the response in the attempt API's shape and its sequence number. */
@Serdeable
public record AnswerBody(@Nullable Map<String, Object> response, @Nullable Long seq) {
}
