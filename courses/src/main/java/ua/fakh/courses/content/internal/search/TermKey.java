package ua.fakh.courses.content.internal.search;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

@Embeddable
record TermKey(@MappedProperty("course_id") UUID courseId, @MappedProperty("term") String term) {
}
