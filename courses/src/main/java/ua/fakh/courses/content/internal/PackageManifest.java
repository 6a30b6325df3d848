package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.EnrollmentPolicy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code manifest.json} of a course package, format version 1. */
@Serdeable
record PackageManifest(String format, int formatVersion, @Nullable Instant exportedAt, CourseDocument course,
                       @Nullable EnrollmentPolicy enrollmentPolicy, List<Material> materials) {

    /** A material stored in the archive at {@code path}. */
    @Serdeable
    record Material(UUID id, String filename, String mediaType, long size, String sha256, String path) {
    }
}
