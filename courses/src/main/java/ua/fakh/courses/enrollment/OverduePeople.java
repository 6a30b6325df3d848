package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who is late: people of an organization subtree with an active enrollment whose effective due date
 * (their own, else their cohort's) has passed. No access check: for HR's weekly digest, which has
 * decided whose subtree it reads.
 */
public interface OverduePeople {

    /** Each person once, by name. */
    List<Person> inSubtree(UUID organizationId, Instant now);

    @Introspected
    record Person(UUID userId, String fullName) {
    }
}
