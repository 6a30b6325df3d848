package ua.fakh.core.common;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ScanOccasionsIT {
    @Inject
    ScanOccasions occasions;
    @Inject
    TransactionOperations<Connection> transactions;

    private boolean claim(String scan, String occasion) {
        return transactions.executeWrite(status -> occasions.claim(scan, occasion));
    }

    @Test
    void oneOfManyNodesClaimsAnOccasionAndTheNextOccasionIsNew() throws Exception {
        String scan = "test-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Boolean> claimed = new ArrayList<>();
        try {
            List<Callable<Boolean>> nodes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                nodes.add(() -> claim(scan, "2026-12-07"));
            }
            for (Future<Boolean> node : pool.invokeAll(nodes)) {
                claimed.add(node.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(claimed).containsOnlyOnce(true);
        assertThat(claim(scan, "2026-12-07")).isFalse();
        assertThat(claim(scan, "2026-12-08")).isTrue();
    }

    @Test
    void aScanThatFailsGivesItsOccasionBack() {
        String scan = "test-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            transactions.executeWrite(status -> {
                assertThat(occasions.claim(scan, "2026-W50")).isTrue();
                throw new IllegalStateException("the scan failed half-way");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(claim(scan, "2026-W50")).isTrue();
    }
}
