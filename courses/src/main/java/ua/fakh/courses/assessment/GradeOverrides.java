package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/**
 * A course trainer (or ADMIN) sets an enrollment's course result by hand, with a reason; it wins over
 * the computed result in the gradebook and in the result a certificate prints. Every change is audited.
 * 400 naming {@code percent} and {@code reason} at once when they are wrong; 403 for anyone else.
 */
public interface GradeOverrides {

    Gradebook.Override set(UUID enrollmentId, @Nullable Double percent, @Nullable String reason, Caller trainer);

    /** Back to the computed result (idempotent). */
    void clear(UUID enrollmentId, Caller trainer);
}
