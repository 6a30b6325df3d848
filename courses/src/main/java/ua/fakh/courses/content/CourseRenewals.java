package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The course that renews a course's certificate (a refresher taken before the certificate expires):
 * the expiry notices invite the holder to enrol in it. Set by the course's trainers and administrators;
 * it must be another course that is published now.
 */
public interface CourseRenewals {

    /** The course's renewal course, for its trainers (403 others, 404 no such course). */
    RenewalView get(UUID courseId, Caller trainer);

    /**
     * Names ({@code null}: clears) the renewal course.
     *
     * @throws ua.fakh.core.errors.ValidationException (400) when it is the course itself or not a published course
     */
    RenewalView set(UUID courseId, @Nullable UUID renewalCourseId, Caller trainer);

    /** The published courses a trainer may name (not the course itself), by title. */
    List<RenewalView.Course> choices(UUID courseId, Caller trainer);

    /** Without an access check, for the expiry notices: the renewal course while it is still published. */
    Optional<RenewalView.Course> renewalOf(UUID courseId);
}
