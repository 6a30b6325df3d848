package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.Transactional;
import ua.fakh.core.organizations.Place;
import ua.fakh.core.organizations.Places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every organisation with its facts in one query and works out each one's place in memory:
 * no cache, so a report never outlives a change of the tree.
 */
@Singleton
class PlaceDirectory implements Places {

    private final JdbcOperations jdbc;

    PlaceDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Place> all() {
        return new PlaceResolver(facts(), kinds()).places();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Place> within(@Nullable UUID rootId) {
        return all().values().stream().filter(place -> place.within(rootId)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Place.InstitutionKind> institutionKinds() {
        return List.copyOf(kinds().values());
    }

    private List<PlaceFacts> facts() {
        return jdbc.prepareStatement("""
                SELECT id, kind, name, name_en, parent_id, path, katottg, hromada_kind, institution_kind,
                       frontline_since, deoccupied_since, staff_headcount
                FROM organizations ORDER BY path""", statement -> {
            List<PlaceFacts> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(PlaceFacts.of(row));
                }
            }
            return rows;
        });
    }

    private Map<String, Place.InstitutionKind> kinds() {
        return jdbc.prepareStatement("SELECT code, name, name_en FROM institution_kinds ORDER BY position, code", statement -> {
            Map<String, Place.InstitutionKind> kinds = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    kinds.put(row.getString(1), new Place.InstitutionKind(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
            return kinds;
        });
    }

    static Integer integerOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
