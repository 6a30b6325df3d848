package ua.fakh.web.learn;

import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;

/** "My learning": one row per enrollment, newest first. */
public record LearningModel(List<Row> rows) {

    public record Row(EnrollmentView enrollment, String title, String provider) {

        public String continueLink() {
            String course = "/courses/" + enrollment.courseId();
            return enrollment.resumeLessonId() == null ? course : course + "/lessons/" + enrollment.resumeLessonId();
        }

        public boolean active() {
            return enrollment.status() == EnrollmentStatus.ACTIVE;
        }
    }
}
