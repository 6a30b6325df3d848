package ua.fakh.courses.calendar.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.courses.assessment.Quizzes;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A course's latest published version as the calendar needs it: its titles and when its quizzes close.
 * Quiz settings live in the version's snapshot (cached by the content package), not in a column.
 */
@Singleton
class PublishedCourses {
    private final CourseRecords records;
    private final Quizzes quizzes;

    PublishedCourses(CourseRecords records, Quizzes quizzes) {
        this.records = records;
        this.quizzes = quizzes;
    }

    record Course(UUID id, String title, @Nullable String titleEn, List<QuizClose> quizCloses) {
    }

    record QuizClose(UUID lessonId, String title, @Nullable String titleEn, Instant closesAt) {
    }

    /** Empty for a course never published (or gone). */
    Optional<Course> of(UUID courseId) {
        try {
            int version = records.publishedVersion(courseId);
            if (version == 0) {
                return Optional.empty();
            }
            CourseDocument document = records.facts(courseId, version).document();
            return Optional.of(new Course(courseId, document.title(), document.titleEn(), quizCloses(courseId, document)));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private List<QuizClose> quizCloses(UUID courseId, CourseDocument document) {
        List<QuizClose> closes = new ArrayList<>();
        for (CourseDocument.Section section : document.sections()) {
            for (CourseDocument.Lesson lesson : section.lessons()) {
                if (!quizzes.isQuiz(lesson.type())) {
                    continue;
                }
                LessonView view = new LessonView(lesson.id(), courseId, section.id(), lesson.title(), lesson.titleEn(),
                        lesson.type(), lesson.content(), "", lesson.required(), null, null);
                quizzes.settings(view).filter(s -> s.closesAt() != null).ifPresent(s ->
                        closes.add(new QuizClose(lesson.id(), lesson.title(), lesson.titleEn(), s.closesAt())));
            }
        }
        return closes;
    }
}
