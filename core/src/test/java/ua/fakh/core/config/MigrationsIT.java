package ua.fakh.core.config;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MigrationsIT {
    @Inject
    DataSource dataSource;

    @Test
    void appliesTheCommonScriptsAndThoseOfTheConnectedDatabase() throws Exception {
        try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            String url = connection.getMetaData().getURL();
            String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
            List<String> scripts = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                while (rs.next()) {
                    scripts.add(rs.getString(1));
                }
            }
            assertThat(scripts).contains("V2026_11_23_1000__core_people.sql", "V2026_11_23_1001__core_" + vendor + ".sql");
        }
    }
}
