package ua.fakh.courses.attendance;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A course's rule for measured attendance: present at a session when there for at least
 * {@code presentPercent} % of it; {@code byDefault} when the course has set none (then 75 %).
 */
@Serdeable
public record AttendanceRule(UUID courseId, int presentPercent, boolean byDefault) {
    public static final int DEFAULT_PERCENT = 75;
}
