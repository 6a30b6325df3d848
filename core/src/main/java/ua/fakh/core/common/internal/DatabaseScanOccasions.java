package ua.fakh.core.common.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.ScanOccasions;

import java.time.Clock;
import java.util.UUID;

/** Insert-if-absent with a fresh claim id, then read whose claim it is: the same on H2 and PostgreSQL. */
@Singleton
class DatabaseScanOccasions implements ScanOccasions {
    private final ScanOccasionRepository rows;
    private final Clock clock;

    DatabaseScanOccasions(ScanOccasionRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean claim(String scan, String occasion) {
        UUID mine = Ids.newId();
        rows.insertIfAbsent(scan, occasion, mine, clock.instant());
        return rows.claimOf(scan, occasion).map(mine::equals).orElse(false);
    }
}
