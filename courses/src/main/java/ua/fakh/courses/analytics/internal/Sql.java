package ua.fakh.courses.analytics.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL for the reports: their queries are aggregates with optional filters that derived
 * repository methods cannot say. Callers run inside a read-only transaction.
 */
@Singleton
class Sql {

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one object per row; parameters bound in order ({@code java.time} and UUIDs as objects). */
    <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        });
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            statement.setObject(i + 1, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
    }

    /** The {@code LIKE} pattern of everything at or below the scope's root (everything without one). */
    String subtreePattern(AnalyticsScope scope) {
        if (scope.wholeInstallation()) {
            return "%";
        }
        List<String> path = list("SELECT path FROM organizations WHERE id = ?", List.of(scope.rootId()), row -> row.getString(1));
        return path.isEmpty() ? "/nothing/" : path.get(0) + "%";
    }

    static Integer integerOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
