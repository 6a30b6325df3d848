package ua.fakh.core.common;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {
    @Test
    void makesVersion7UuidsOrderedByTimeAndUnique() throws InterruptedException {
        UUID first = Ids.newId();
        Thread.sleep(2);
        UUID second = Ids.newId();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.toString().compareTo(second.toString())).isNegative();
        Set<UUID> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(Ids.newId());
        }
        assertThat(many).hasSize(10_000);
    }
}
