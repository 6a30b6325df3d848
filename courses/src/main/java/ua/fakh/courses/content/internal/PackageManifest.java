package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.content.PackagedQuestion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code manifest.json} of a course package, format version 1. {@code questions} (the bank its quiz
 * lessons draw from) came later in version 1 and is optional, so earlier packages still import.
 */
@Serdeable
record PackageManifest(String format, int formatVersion, @Nullable Instant exportedAt, CourseDocument course,
                       @Nullable EnrollmentPolicy enrollmentPolicy, List<Material> materials,
                       @Nullable List<PackagedQuestion> questions) {

    List<PackagedQuestion> questionsOrNone() {
        return questions == null ? List.of() : questions;
    }

    /** A material stored in the archive at {@code path}. */
    @Serdeable
    record Material(UUID id, String filename, String mediaType, long size, String sha256, String path) {
    }
}
