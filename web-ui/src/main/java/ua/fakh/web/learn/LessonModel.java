package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.SectionOutline;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.Optional;
import java.util.UUID;

/**
 * The lesson page: the course (for the way around it), the lesson with its html (material links
 * pointing at the page route), the caller's enrollment if any, and whether the learner ticks it done.
 */
public record LessonModel(CourseView course, LessonTypes typeNames, LessonView lesson, String html,
                          @Nullable EnrollmentView enrollment, boolean learnerMarksDone, boolean quiz) {

    public boolean done() {
        return enrollment != null && enrollment.lessons().stream().anyMatch(l -> l.lessonId().equals(lesson.id()) && l.done());
    }

    /** The button shows for an active enrollment, on lessons the learner ticks, until ticked. */
    public boolean showMarkDone() {
        return enrollment != null && enrollment.status() != EnrollmentStatus.WITHDRAWN && learnerMarksDone && !done();
    }

    /** A recording: the page's tiny script marks it done when played to the end. */
    public boolean completesWhenPlayed() {
        return typeNames.find(lesson.type()).map(t -> t.completesWhenPlayed()).orElse(false);
    }

    /** Whether the lesson holds completion up, as the course outline says it (a pre-test never does, whatever its mark). */
    public boolean holdsCompletion() {
        return outline(lesson.id()).map(LessonOutline::required).orElse(lesson.required());
    }

    public Optional<SectionOutline> section() {
        return course.sections().stream().filter(s -> s.id().equals(lesson.sectionId())).findFirst();
    }

    public Optional<LessonOutline> outline(@Nullable UUID lessonId) {
        if (lessonId == null) {
            return Optional.empty();
        }
        return course.sections().stream().flatMap(s -> s.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
