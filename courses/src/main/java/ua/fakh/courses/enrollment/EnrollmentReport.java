package ua.fakh.courses.enrollment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a trainer's bulk enrollment did, row by row: a bad row never stops the others. */
@Serdeable
public record EnrollmentReport(int enrolled, int alreadyEnrolled, List<RowError> errors) {

    @Serdeable
    public record RowError(int line, String value, String message) {
    }
}
