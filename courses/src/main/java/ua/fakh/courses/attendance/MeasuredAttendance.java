package ua.fakh.courses.attendance;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/**
 * Attendance by measurement: minutes per member of a session's cohort, from the provider's report when
 * the session has one, else from Fakh's join log and check-in codes (the rule is documented on
 * {@code internal.Presence}); present when the minutes reach the course's {@link AttendanceRule}.
 * Writing an attendance row re-evaluates the enrollment's completion in the same transaction.
 *
 * <p>Idempotent: applying again to the same facts changes nothing; two applications of one session
 * run one after the other (the session row is locked). A mark with source OVERRIDE is never changed by
 * a measurement.
 */
public interface MeasuredAttendance {

    /**
     * A course trainer asks for the measurement (providers that report nothing): 403 for anyone else,
     * 404 for no such session, 409 for a session held only in person or not over yet.
     */
    Measurement measure(UUID sessionId, Caller trainer);

    /** After a provider's report was stored (no caller: the event's delivery); a session held only in person is left alone. */
    Measurement measured(UUID sessionId);

    /**
     * A course trainer decides by hand, with a reason (required, up to 1000 characters): the mark becomes
     * OVERRIDE, is audited, and completion is evaluated again. 400 naming {@code present} and
     * {@code reason} at once when they are wrong; 404 when the enrollment is not in the session's cohort.
     */
    SessionAttendanceReport.Mark override(UUID sessionId, UUID enrollmentId, @Nullable Boolean present,
                                          @Nullable String reason, Caller trainer);
}
