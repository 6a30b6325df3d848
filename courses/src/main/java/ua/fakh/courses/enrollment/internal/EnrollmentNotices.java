package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "You are enrolled in …": queued in the transaction that enrols (self-enrolment, a trainer's list, a
 * cohort), keyed by the enrolment. Re-enrolment after a withdrawal re-activates the same row, so it is
 * the same occasion and sends nothing new.
 */
@Singleton
class EnrollmentNotices {
    private final Notifications notifications;
    private final CourseRecords courses;
    private final CohortRepository cohorts;

    EnrollmentNotices(Notifications notifications, CourseRecords courses, CohortRepository cohorts) {
        this.notifications = notifications;
        this.courses = courses;
        this.cohorts = cohorts;
    }

    /** Must run in the enrolling transaction. */
    void enrolled(EnrollmentRow row) {
        if (row.status() != EnrollmentStatus.ACTIVE) {
            return;
        }
        int version = courses.publishedVersion(row.courseId());
        if (version == 0) {
            return;
        }
        CourseDocument course = courses.facts(row.courseId(), version).document();
        Bilingual title = new Bilingual(course.title(), course.titleEn());
        List<NoticeText> body = new ArrayList<>();
        body.add(NoticeText.of("notice.enrolled.body", title));
        Instant due = dueOf(row);
        if (due != null) {
            body.add(NoticeText.of("notice.enrolled.due", KyivTime.date(due)));
        }
        notifications.send(new Notice("enrolled:" + row.id(), row.userId(), NoticeKind.ENROLLED,
                NoticeText.of("notice.enrolled.subject", title), body, null, null, null)
                .withAction(NoticeText.of("notice.enrolled.action"), "/courses/" + row.courseId())
                .about(ua.fakh.courses.enrollment.Enrollments.NOTICE_TOPIC, row.id()));
    }

    /** The effective due date: the person's own, else the cohort's. */
    @Nullable
    private Instant dueOf(EnrollmentRow row) {
        if (row.dueAt() != null || row.cohortId() == null) {
            return row.dueAt();
        }
        return cohorts.findById(row.cohortId()).map(CohortRow::dueAt).orElse(null);
    }
}
