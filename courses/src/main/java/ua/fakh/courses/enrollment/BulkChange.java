package ua.fakh.courses.enrollment;

import io.micronaut.serde.annotation.Serdeable;

/** What a bulk action did: {@code changed} enrollments, and {@code unchanged} ones already so (or completed, for a withdrawal). */
@Serdeable
public record BulkChange(int changed, int unchanged) {
}
