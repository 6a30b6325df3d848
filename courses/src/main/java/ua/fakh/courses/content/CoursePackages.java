package ua.fakh.courses.content;

import ua.fakh.core.security.Caller;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Course packages: a zip with a versioned {@code manifest.json} and the course's materials, to move a
 * course between installations or keep a copy. Import refuses, with a report naming every problem,
 * paths that escape the archive, archives that expand past the limit, unknown lesson types and
 * missing or altered materials; nothing is created then.
 */
public interface CoursePackages {
    String FORMAT = "fakh-course-package";
    int FORMAT_VERSION = 1;

    /** Writes the working copy of the course as a package into a temporary file the caller deletes. */
    Path export(UUID courseId, Caller actor);

    /** Creates a new draft course of {@code providerId} from a package read from {@code zip}. */
    CourseView importPackage(InputStream zip, UUID providerId, Caller actor);
}
