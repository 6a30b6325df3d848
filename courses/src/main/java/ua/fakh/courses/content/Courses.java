package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Courses and their content: the one door. Who may do what is checked here: a TRAINER edits only
 * courses they train (ADMIN any); learners see published versions only, lessons when enrolled or
 * when the course offers a public preview.
 */
public interface Courses {

    CourseView create(NewCourse course, Caller actor);

    /** Edits the working copy; learners keep seeing the published version until the next publish. */
    CourseView update(UUID courseId, NewCourse course, Caller actor);

    /** The working copy for the course's trainers, the published version for everyone else. */
    CourseView get(UUID courseId, @Nullable Caller caller);

    /** The published version, whoever asks (a trainer's preview of what learners see). */
    CourseView published(UUID courseId, @Nullable Caller caller);

    /** Publishes the working copy as the next version. */
    CourseView publish(UUID courseId, Caller actor);

    CourseView archive(UUID courseId, Caller actor);

    /** Published, not archived courses; {@code query} matches titles and summaries in both languages. */
    PageView<CourseSummary> catalogue(CatalogueQuery query, int page, int size);

    /** Courses the caller trains (ADMIN: all), newest first. */
    PageView<CourseSummary> taught(Caller caller, int page, int size);

    SectionOutline addSection(UUID courseId, NewSection section, Caller actor);

    SectionOutline updateSection(UUID sectionId, NewSection section, Caller actor);

    void moveSection(UUID sectionId, Move move, Caller actor);

    void deleteSection(UUID sectionId, Caller actor);

    LessonView addLesson(UUID sectionId, NewLesson lesson, Caller actor, Locale locale);

    LessonView updateLesson(UUID lessonId, NewLesson lesson, Caller actor, Locale locale);

    void moveLesson(UUID lessonId, Move move, Caller actor);

    void deleteLesson(UUID lessonId, Caller actor);

    /** A lesson as the caller may see it (trainers: the working copy; learners: the published version). */
    LessonView lesson(UUID lessonId, @Nullable Caller caller, Locale locale);

    /** Renders content of a type without saving it (the editor's preview). */
    String preview(String type, java.util.Map<String, Object> content, UUID courseId, Caller actor, Locale locale);

    /**
     * The lessons of the latest published version, in order, as progress and completion see them.
     * No access check: for the enrolment package, which decided access already.
     */
    List<LessonRequirement> lessonRequirements(UUID courseId);

    /**
     * A published version's content and the course's provider, for issuing certificates: no access
     * check, and it still answers for archived courses.
     */
    CourseFacts facts(UUID courseId, int version);

    /** The latest published version number (0: never published); no access check. */
    int publishedVersion(UUID courseId);

    /** Whether {@code key} is the course's enrolment key (compared in constant time). */
    boolean enrollmentKeyMatches(UUID courseId, @Nullable String key);

    /** Whether the caller trains this course (on its trainer list and holding the TRAINER role now) or is ADMIN. */
    boolean mayEdit(UUID courseId, Caller caller);

    /** The content types trainers can choose from. */
    List<String> contentTypes();
}
