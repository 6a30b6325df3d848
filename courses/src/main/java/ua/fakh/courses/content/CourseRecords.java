package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.UUID;

/**
 * What other packages and modules (enrollment, assessment, certificates) ask about a course. No
 * access check here: the caller has decided access already, and the answers hold for archived
 * courses too.
 */
public interface CourseRecords {

    /** The lessons of the latest published version, in order, as progress and completion see them. */
    List<LessonRequirement> lessonRequirements(UUID courseId);

    /** A published version's content and the course's provider, for issuing certificates. */
    CourseFacts facts(UUID courseId, int version);

    /** The latest published version number (0: never published). */
    int publishedVersion(UUID courseId);

    /** Whether {@code key} is the course's enrollment key (compared in constant time). */
    boolean enrollmentKeyMatches(UUID courseId, @Nullable String key);

    /** Whether the caller trains this course (on its trainer list and holding the TRAINER role now) or is ADMIN. */
    boolean mayEdit(UUID courseId, Caller caller);
}
