package ua.fakh.core.analytics.boundaries.internal;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Map;

/** The writes, each one transaction with its audit entry: readers see the old boundaries or the new ones, never a mix. */
@Singleton
class BoundaryStore {
    private final BoundaryRepository boundaries;
    private final AuditLog audit;

    BoundaryStore(BoundaryRepository boundaries, AuditLog audit) {
        this.boundaries = boundaries;
        this.audit = audit;
    }

    @Transactional
    void replaceAll(List<BoundaryRow> rows, String property, Caller caller) {
        boundaries.deleteAll();
        boundaries.saveAll(rows);
        audit.record(caller, "map.boundaries.replace", "map_boundaries", null,
                Map.of("hromadas", rows.size(), "property", property));
    }

    @Transactional
    void removeAll(Caller caller) {
        long removed = boundaries.count();
        if (removed == 0) {
            return; // nothing to remove: a repeated DELETE changes nothing and records nothing
        }
        boundaries.deleteAll();
        audit.record(caller, "map.boundaries.remove", "map_boundaries", null, Map.of("hromadas", removed));
    }
}
