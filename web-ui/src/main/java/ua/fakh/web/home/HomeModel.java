package ua.fakh.web.home;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The home page: who is signed in (nothing for a visitor), their organization and roles, and for a
 * learner what is due (nearest first, overdue marked) and their next in-person session; whether an
 * ANALYST still waits for an administrator to choose what it may count.
 */
public record HomeModel(@Nullable String fullName, @Nullable String organization, List<String> roles, List<Due> due,
                        @Nullable NextSession nextSession, boolean analystWithoutScope) {
    static final HomeModel VISITOR = new HomeModel(null, null, List.of(), List.of(), null, false);

    /** An active enrollment with a due date. */
    public record Due(UUID courseId, String courseTitle, Instant dueAt, boolean overdue, int progressPercent) {
    }

    public record NextSession(UUID courseId, String courseTitle, String title, Instant startsAt, @Nullable String place) {
    }
}
