package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.UUID;

/**
 * What trainers do with a whole course: create it, edit its working copy, publish, archive, list the
 * courses they train. A TRAINER edits only courses they train (ADMIN any); refusals are
 * {@code ForbiddenException}, unknown ids {@code NotFoundException}. Sections and lessons:
 * {@link CourseOutlineAuthoring}.
 */
public interface CourseAuthoring {

    /** Creates a draft; a description with problems is refused naming all of them ({@link #problems}). */
    CourseView create(NewCourse course, Caller actor);

    /**
     * Everything {@link #create} and {@link #update} would refuse in this description, every field at
     * once (its constraints and the rules between fields), without saving: a form adds its own
     * reading problems and shows them together.
     */
    List<FieldError> problems(NewCourse course);

    /** Edits the working copy; learners keep seeing the published version until the next publish. */
    CourseView update(UUID courseId, NewCourse course, Caller actor);

    /** Publishes the working copy as the next version. */
    CourseView publish(UUID courseId, Caller actor);

    CourseView archive(UUID courseId, Caller actor);

    /**
     * A new draft copied from the course's working copy: description, settings, files, question bank
     * and outline (quiz settings with their questions), titled as a copy; the acting trainer trains it.
     * Enrolments, attempts and certificates stay with the original.
     */
    CourseView duplicate(UUID courseId, Caller actor);

    /** Courses the caller trains (ADMIN: all), newest first. */
    PageView<CourseSummary> taught(Caller caller, @Nullable Integer page, @Nullable Integer size);
}
