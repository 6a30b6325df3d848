package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/**
 * A question as an attempt froze it at start: that version's text and key, whatever the bank says later.
 * {@code textFormat} is null in attempts frozen before formats were kept: the text then reads as it looks.
 */
@Serdeable
record FrozenQuestion(UUID id, UUID familyId, String type, String text, Map<String, Object> definition, double points,
                      @Nullable String textFormat) {
}
