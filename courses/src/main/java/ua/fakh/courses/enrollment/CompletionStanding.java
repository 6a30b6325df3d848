package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where an enrollment stands against its course's completion rule: what is still missing (empty once
 * completed), the next required lesson to open, and for a member of a blended cohort its in-person
 * sessions (when, where) with the learner's own attendance.
 */
@Serdeable
public record CompletionStanding(UUID enrollmentId, UUID courseId, EnrollmentStatus status, @Nullable Instant completedAt,
                                 List<MissingRequirement> missing, @Nullable UUID nextRequiredLessonId,
                                 @Schema(type = "object") @Nullable Attendance attendance) {

    public boolean completed() {
        return status == EnrollmentStatus.COMPLETED;
    }

    /** The cohort's sessions, how many were attended ({@code percent} of those held), and the minimum if any. */
    @Serdeable
    public record Attendance(String cohortName, int attended, int sessions, int percent, @Nullable Integer requiredPercent,
                             List<Session> sessionList) {
    }

    /** {@code present}: true, false, or null while the trainer has not marked it. */
    @Serdeable
    public record Session(UUID id, String title, Instant startsAt, BigDecimal hours, @Nullable String place,
                          @Nullable Boolean present) {
    }
}
