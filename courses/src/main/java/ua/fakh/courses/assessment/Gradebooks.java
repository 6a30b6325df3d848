package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/** Gradebooks for a course's trainers (ADMIN any); others get 403. */
public interface Gradebooks {

    /** The whole course, or only the members of {@code cohortId}. */
    Gradebook gradebook(UUID courseId, @Nullable UUID cohortId, Caller trainer);
}
