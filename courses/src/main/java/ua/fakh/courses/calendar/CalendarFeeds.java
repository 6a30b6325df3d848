package ua.fakh.courses.calendar;

import ua.fakh.core.security.Caller;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Secret addresses of iCalendar feeds ({@code /calendar/<token>.ics}, {@code /calendar/course/<token>.ics}):
 * a person's own, and a trainer's for each course they teach. A token is 256 random bits, kept only as
 * its hash and returned once, when made; making a new one revokes the previous one of the same feed.
 */
public interface CalendarFeeds {

    /** A new address of the person's own feed (the previous one stops working); the token, shown once. */
    String renewPersonal(UUID userId);

    void revokePersonal(UUID userId);

    /** When the person's working address was made; empty when there is none. */
    Optional<Instant> personalSince(UUID userId);

    /** A new address of the course's feed for this trainer. @throws ua.fakh.core.errors.ForbiddenException unless they teach it */
    String renewCourse(UUID courseId, Caller trainer);

    void revokeCourse(UUID courseId, Caller trainer);

    Optional<Instant> courseSince(UUID courseId, Caller trainer);
}
