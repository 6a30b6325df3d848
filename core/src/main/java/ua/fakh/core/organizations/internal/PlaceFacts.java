package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** One organisation's row as the places are worked out from it. */
record PlaceFacts(UUID id, OrganizationKind kind, String name, @Nullable String nameEn, @Nullable UUID parentId,
                  String path, @Nullable String katottg, @Nullable String hromadaKind, @Nullable String institutionKind,
                  @Nullable LocalDate frontlineSince, @Nullable LocalDate deoccupiedSince, @Nullable Integer headcount) {

    static PlaceFacts of(ResultSet row) throws SQLException {
        return new PlaceFacts(row.getObject("id", UUID.class), OrganizationKind.valueOf(row.getString("kind")),
                row.getString("name"), row.getString("name_en"), row.getObject("parent_id", UUID.class),
                row.getString("path"), row.getString("katottg"), row.getString("hromada_kind"),
                row.getString("institution_kind"), row.getObject("frontline_since", LocalDate.class),
                row.getObject("deoccupied_since", LocalDate.class), PlaceDirectory.integerOrNull(row, "staff_headcount"));
    }

    /** The first six characters of the code ({@code UA} + oblast + district digits), when it has a district part. */
    @Nullable
    String districtPrefix() {
        if (katottg == null || katottg.length() < 6 || katottg.startsWith("00", 4)) {
            return null;
        }
        return katottg.substring(0, 6);
    }
}
