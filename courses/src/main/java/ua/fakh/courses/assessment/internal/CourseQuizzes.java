package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseRecords;

import java.util.List;
import java.util.UUID;

/** The quizzes of a course's published version, in course order, for its trainers' reports. */
@Singleton
class CourseQuizzes {
    private final CourseCatalog catalog;
    private final CourseRecords records;
    private final QuizLessons quizzes;

    CourseQuizzes(CourseCatalog catalog, CourseRecords records, QuizLessons quizzes) {
        this.catalog = catalog;
        this.records = records;
        this.quizzes = quizzes;
    }

    /** Throws 403 unless the caller trains the course (or is ADMIN). */
    void requireTrainer(UUID courseId, Caller caller) {
        if (!records.mayEdit(courseId, caller)) {
            throw new ForbiddenException("problem.grades.trainersOnly");
        }
    }

    List<Gradebook.Quiz> of(UUID courseId, Caller trainer) {
        if (records.publishedVersion(courseId) == 0) {
            return List.of();
        }
        return catalog.published(courseId, trainer).sections().stream()
                .flatMap(s -> s.lessons().stream())
                .filter(l -> quizzes.isQuiz(l.type()))
                .map(l -> new Gradebook.Quiz(l.id(), l.title(), l.titleEn()))
                .toList();
    }
}
