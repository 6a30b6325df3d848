package ua.fakh.courses.content.internal.search;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

@Introspected
record TermHit(UUID courseId, String term, int weight) {
}
