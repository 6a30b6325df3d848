package ua.fakh.courses.content.internal;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

@Embeddable
record VersionKey(@MappedProperty("course_id") UUID courseId, @MappedProperty("version") int version) {
}
