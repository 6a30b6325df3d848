package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One cohort: its members, in-person sessions and the attendance sheet (enrollment → session → present). */
public record CohortModel(TaughtCourse course, CohortView cohort, List<EnrollmentView> members,
                          Map<UUID, Map<UUID, Boolean>> attendance, Map<String, String> errors, @Nullable String notice) {

    public boolean present(UUID enrollmentId, UUID sessionId) {
        return Boolean.TRUE.equals(attendance.getOrDefault(enrollmentId, Map.of()).get(sessionId));
    }

    public boolean marked(UUID enrollmentId, UUID sessionId) {
        return attendance.getOrDefault(enrollmentId, Map.of()).containsKey(sessionId);
    }

    public String when(CohortView.Session session) {
        return KyivTime.dateTime(session.startsAt());
    }

    public String base() {
        return course.base() + "/cohorts/" + cohort.id();
    }
}
