package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.courses.spi.MaterialInfo;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("course_materials")
record MaterialRow(@Id UUID id, UUID courseId, String filename, String mediaType, long size, String sha256,
                   String blobKey, @Nullable UUID createdBy, Instant createdAt) {

    MaterialInfo info() {
        return new MaterialInfo(id, filename, mediaType, size, sha256);
    }
}
