package ua.fakh.courses.attendance;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/**
 * The course's attendance rule, read and set by the course's trainers (403 for anyone else, 404 for no
 * such course). Setting it again with the same value changes nothing but the audit trail; a new rule
 * applies to the next measurement of a session.
 */
public interface AttendanceRules {

    AttendanceRule get(UUID courseId, Caller trainer);

    /** 400 naming {@code presentPercent} unless it is 1..100. */
    AttendanceRule set(UUID courseId, @Nullable Integer presentPercent, Caller trainer);
}
