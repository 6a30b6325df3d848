package ua.fakh.courses.attendance;

import ua.fakh.core.security.Caller;

import java.util.Locale;
import java.util.UUID;

/** The per-session attendance report for the course's trainers (403 for anyone else, 404 for no such session). */
public interface AttendanceReports {

    SessionAttendanceReport report(UUID sessionId, Locale locale, Caller trainer);
}
