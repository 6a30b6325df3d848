package ua.fakh.web.learn;

import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;

/** "My learning": one row per enrolment, newest first. */
public record LearningModel(List<Row> rows) {

    public record Row(EnrollmentView enrolment, String title, String provider) {

        public String continueLink() {
            String course = "/courses/" + enrolment.courseId();
            return enrolment.resumeLessonId() == null ? course : course + "/lessons/" + enrolment.resumeLessonId();
        }

        public boolean active() {
            return enrolment.status() == EnrollmentStatus.ACTIVE;
        }
    }
}
