package ua.fakh.courses.assessment.internal;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/** A question as an attempt froze it at start: that version's text and key, whatever the bank says later. */
@Serdeable
record FrozenQuestion(UUID id, UUID familyId, String type, String text, Map<String, Object> definition, double points) {
}
