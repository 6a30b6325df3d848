package ua.fakh.courses.meetings.internal;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Plain SQL for the tests: what a provider's report left behind. */
@Singleton
class MeetingTables {
    private final DataSource dataSource;

    MeetingTables(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    long reports(UUID sessionId) {
        return count("SELECT count(*) FROM meeting_reports WHERE session_id = ?", sessionId);
    }

    long stretches(UUID sessionId) {
        return count("SELECT count(*) FROM meeting_stretches WHERE session_id = ?", sessionId);
    }

    /** "user id or external id | name | joined | left" per stretch of the session. */
    List<String> stretchLines(UUID sessionId) {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT user_id, external_id, name, joined_at, left_at "
                     + "FROM meeting_stretches WHERE session_id = ?")) {
            query.setObject(1, sessionId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Object user = row.getObject(1);
                    lines.add((user == null ? "-" : user.toString()) + " " + row.getString(2) + " " + row.getString(3) + " "
                            + row.getObject(4, java.time.OffsetDateTime.class).toInstant() + " "
                            + row.getObject(5, java.time.OffsetDateTime.class).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    private long count(String sql, UUID sessionId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, sessionId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
