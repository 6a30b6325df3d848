package ua.fakh.core.config.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorMigrationLocationsTest {
    @Test
    void namesTheVendorFolderFromTheJdbcUrl() {
        assertThat(VendorMigrationLocations.vendorOf("jdbc:postgresql://127.0.0.1/fakh")).isEqualTo("postgresql");
        assertThat(VendorMigrationLocations.vendorOf("jdbc:h2:file:./fakh-data/db/fakh;MODE=PostgreSQL")).isEqualTo("h2");
        assertThatThrownBy(() -> VendorMigrationLocations.vendorOf("jdbc:mysql://x/y")).isInstanceOf(IllegalStateException.class);
    }
}
