package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/** The pre/post report for a course's trainers (ADMIN any); others get 403. */
public interface PrePostReports {

    PrePostReport prePost(UUID courseId, @Nullable UUID cohortId, Caller trainer);
}
