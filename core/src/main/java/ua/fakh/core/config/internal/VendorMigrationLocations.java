package ua.fakh.core.config.internal;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Picks the migration locations from the database actually connected: every module's
 * {@code db/migration/common} scripts plus {@code db/migration/h2} or {@code db/migration/postgresql}.
 * The user sets only the JDBC URL. (Flyway 10 has no {@code {vendor}} placeholder in locations.)
 */
@Singleton
@Named("default")
class VendorMigrationLocations implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(configuration));
    }

    @Override
    public String getName() {
        return "default";
    }

    static String vendor(FluentConfiguration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return vendorOf(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to choose its migrations", e);
        }
    }

    static String vendorOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "h2";
        }
        throw new IllegalStateException("Fakh runs on PostgreSQL or H2, not on " + jdbcUrl);
    }
}
