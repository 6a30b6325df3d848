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
 * "You are on the waiting list, number N": queued when the person joins it, keyed and about the entry
 * (dropped if they moved up or left before it is sent).
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
        Bilingual title = titleOf(seat.courseId());
        notifications.send(new Notice("registration-moved-up:" + waitlistEntryId, seat.userId(), NoticeKind.ENROLLED,
                NoticeText.of("notice.registration.movedUp.subject", title),
                List.of(NoticeText.of("notice.registration.movedUp.body", title)), null, null, null)
                .withAction(NoticeText.of("notice.registration.movedUp.action"), "/events/" + seat.cohortId())
                .about(Enrollments.NOTICE_TOPIC, seat.id()));
    }

    void waiting(WaitlistRow entry, UUID courseId, int position) {
        Bilingual title = titleOf(courseId);
        notifications.send(new Notice("registration-waiting:" + entry.id(), entry.userId(), NoticeKind.ENROLLED,
                NoticeText.of("notice.registration.waiting.subject", title),
                List.of(NoticeText.of("notice.registration.waiting.body", title, String.valueOf(position))), null, null, null)
                .withAction(NoticeText.of("notice.registration.waiting.action"), "/events/" + entry.cohortId())
                .about(WaitlistTopic.NAME, entry.id()));
    }

    private Bilingual titleOf(UUID courseId) {
        CourseDocument course = courses.facts(courseId, courses.publishedVersion(courseId)).document();
        return new Bilingual(course.title(), course.titleEn());
    }
}
