package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.Locale;
import java.util.UUID;

/** Reading one lesson, rendered for the caller's language. */
public interface Lessons {

    /**
     * The lesson as the caller may see it: trainers the working copy, learners the published version
     * when enrolled (or when the course offers a public preview). Unauthorised without a caller where
     * one is needed, forbidden when not enrolled, not found when the lesson left the course.
     */
    LessonView read(UUID lessonId, @Nullable Caller caller, Locale locale);
}
