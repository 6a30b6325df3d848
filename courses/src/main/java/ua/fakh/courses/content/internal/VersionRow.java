package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("course_versions")
record VersionRow(@EmbeddedId VersionKey key, Instant publishedAt, @Nullable UUID publishedBy, String snapshot) {
}
