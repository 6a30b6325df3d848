package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.courses.assessment.AttemptResult;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.Enrollments;

import java.util.List;

/**
 * "Your result is ready": one message per attempt, when a trainer's grade makes its result final (the
 * last essay graded). Later corrections of a grade send nothing new (the key is the attempt). A
 * withdrawn learner hears nothing.
 */
@Singleton
class ResultNotices {
    private final Notifications notifications;
    private final CourseRecords courses;
    private final Enrollments enrollments;

    ResultNotices(Notifications notifications, CourseRecords courses, Enrollments enrollments) {
        this.notifications = notifications;
        this.courses = courses;
        this.enrollments = enrollments;
    }

    /** Must run in the grading transaction. */
    void graded(AttemptRow attempt, AttemptResult result) {
        if (result.status() != AttemptStatus.GRADED) {
            return;
        }
        boolean withdrawn = enrollments.find(attempt.courseId(), attempt.userId())
                .map(e -> e.status() == EnrollmentStatus.WITHDRAWN).orElse(true);
        int version = courses.publishedVersion(attempt.courseId());
        if (withdrawn || version == 0) {
            return;
        }
        CourseDocument course = courses.facts(attempt.courseId(), version).document();
        Bilingual courseTitle = new Bilingual(course.title(), course.titleEn());
        Bilingual quizTitle = course.lessons().stream().filter(l -> l.id().equals(attempt.lessonId())).findFirst()
                .map(l -> new Bilingual(l.title(), l.titleEn())).orElse(courseTitle);
        String score = AttemptNumbers.score(result.score()) + " / " + AttemptNumbers.score(result.maxScore());
        NoticeText verdict = NoticeText.of(result.passed() == null ? "notice.result.scored"
                : Boolean.TRUE.equals(result.passed()) ? "notice.result.passed" : "notice.result.failed", score);
        notifications.send(new Notice("result:" + attempt.id(), attempt.userId(), NoticeKind.RESULT_AVAILABLE,
                NoticeText.of("notice.result.subject", quizTitle),
                List.of(NoticeText.of("notice.result.body", quizTitle, courseTitle), verdict), null, null, null)
                .withAction(NoticeText.of("notice.result.action"), "/quiz/attempts/" + attempt.id() + "/result"));
    }
}
