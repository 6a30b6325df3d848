package ua.fakh.courses.registration.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.util.List;
import java.util.UUID;

/**
 * "A seat became free and it is yours": queued in the transaction that moves the person up from the
 * waiting list, keyed by their waiting-list entry (so it goes once), about the enrolment (so it is
 * dropped if they withdraw before it is sent). The enrolment's own notice goes as for any enrolment.
 */
@Singleton
class RegistrationNotices {
    private final Notifications notifications;
    private final CourseRecords courses;

    RegistrationNotices(Notifications notifications, CourseRecords courses) {
        this.notifications = notifications;
        this.courses = courses;
    }

    void movedUp(EnrollmentView seat, UUID waitlistEntryId) {
        CourseDocument course = courses.facts(seat.courseId(), courses.publishedVersion(seat.courseId())).document();
        Bilingual title = new Bilingual(course.title(), course.titleEn());
        notifications.send(new Notice("registration-moved-up:" + waitlistEntryId, seat.userId(), NoticeKind.ENROLLED,
                NoticeText.of("notice.registration.movedUp.subject", title),
                List.of(NoticeText.of("notice.registration.movedUp.body", title)), null, null, null)
                .withAction(NoticeText.of("notice.registration.movedUp.action"), "/events/" + seat.cohortId())
                .about(Enrollments.NOTICE_TOPIC, seat.id()));
    }
}
