package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.attendance.SessionAttendanceReport;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One session's measured attendance for its trainer: the report's lines, the course's rule, the override form. */
public record SessionAttendanceModel(TaughtCourse course, UUID cohortId, SessionAttendanceReport report,
                                     Map<String, String> errors, @Nullable SessionAttendancePageController.OverrideForm form,
                                     @Nullable String notice) {

    public String base() {
        return course.base() + "/cohorts/" + cohortId + "/sessions/" + report.sessionId() + "/attendance";
    }

    public String cohortLink() {
        return course.base() + "/cohorts/" + cohortId;
    }

    public String when() {
        return KyivTime.dateTime(report.startsAt());
    }

    public static String time(@Nullable Instant instant) {
        return instant == null ? "—" : KyivTime.dateTime(instant);
    }

    public boolean chosen(UUID enrollmentId) {
        return form != null && enrollmentId.toString().equals(form.enrollmentId());
    }

    public boolean presentChosen(String value) {
        return form != null && value.equals(form.present());
    }

    public String reasonValue() {
        return form == null || form.reason() == null ? "" : form.reason();
    }
}
