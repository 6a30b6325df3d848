package ua.fakh.courses.attendance;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who was at one session and for how long, for its trainer: one line per member of the cohort (by
 * name), the minutes measured now, the mark as stored, and in {@code note} why someone is not counted
 * (never joined; below the rule, X of Y minutes; the override's reason) in the reader's language.
 */
@Serdeable
public record SessionAttendanceReport(UUID sessionId, UUID courseId, UUID cohortId, String title, Instant startsAt,
                                      int sessionMinutes, int presentPercent, String measuredFrom, List<Line> lines) {

    @Serdeable
    public record Line(UUID enrollmentId, UUID userId, String name, @Nullable String organisation,
                       @Nullable Instant joinedAt, @Nullable Instant leftAt, int minutes, int sharePercent,
                       @Nullable Boolean present, @Schema(type = "string") @Nullable AttendanceSource source, @Nullable String reason, String note) {
    }

    /** One stored mark, as an override left it. */
    @Serdeable
    public record Mark(UUID sessionId, UUID enrollmentId, boolean present, AttendanceSource source, @Nullable Integer minutes,
                       @Nullable String reason) {
    }
}
