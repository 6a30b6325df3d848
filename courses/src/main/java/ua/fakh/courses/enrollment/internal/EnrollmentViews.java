package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.Courses;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An enrolment with its progress: percent of the published version's lessons done, and where to resume. */
@Singleton
class EnrollmentViews {
    private final ProgressRepository progress;
    private final Courses courses;
    private final Users users;

    EnrollmentViews(ProgressRepository progress, Courses courses, Users users) {
        this.progress = progress;
        this.courses = courses;
        this.users = users;
    }

    EnrollmentView view(EnrollmentRow row) {
        List<LessonRequirement> lessons = courses.lessonRequirements(row.courseId());
        Set<UUID> done = progress.findByEnrollmentId(row.id()).stream().map(ProgressRow::lessonId).collect(Collectors.toSet());
        List<EnrollmentView.LessonDone> states = lessons.stream()
                .map(l -> new EnrollmentView.LessonDone(l.lessonId(), done.contains(l.lessonId()))).toList();
        long doneCount = states.stream().filter(EnrollmentView.LessonDone::done).count();
        int percent = states.isEmpty() ? 0 : (int) Math.floor(100.0 * doneCount / states.size());
        UUID resume = states.stream().filter(s -> !s.done()).map(EnrollmentView.LessonDone::lessonId).findFirst()
                .orElse(row.lastLessonId());
        String name = users.find(row.userId()).map(UserView::fullName).orElse("");
        return new EnrollmentView(row.id(), row.courseId(), row.userId(), name, row.status(), percent, states,
                row.enrolledAt(), row.completedAt(), row.dueAt(), row.cohortId(), resume);
    }
}
