package ua.fakh.courses.enrollment.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.courses.enrollment.OverduePeople;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Singleton
class OverdueService implements OverduePeople {
    private final OverdueRepository overdue;

    OverdueService(OverdueRepository overdue) {
        this.overdue = overdue;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> inSubtree(UUID organizationId, Instant now) {
        return overdue.inSubtree(organizationId, now);
    }
}
