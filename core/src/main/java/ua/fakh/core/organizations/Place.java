package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a person employed at one organisation belongs, as territory reports group people: the
 * oblast, district, hromada and institution above (or at) that organisation, the kinds of its hromada
 * and institution, and from which day its community counts as frontline or de-occupied.
 *
 * @param lineage         the organisation's ancestors and itself, root first ("is it inside a scope")
 * @param district        the DISTRICT above it, or else the district whose KATOTTG code starts as its
 *                        hromada's does (a hromada filed straight under its oblast)
 * @param institution     the outermost INSTITUTION at or above it (its sub-units count with it)
 * @param hromadaKind     {@code RURAL}, {@code TOWN} or {@code CITY}: its hromada's kind, when known
 * @param institutionKind its institution's kind, when known
 * @param frontlineSince  the day from which its community counts as frontline (the nearest one set, the
 *                        organisation itself first, then upwards)
 * @param deoccupiedSince the same for de-occupied
 */
public record Place(UUID organizationId, OrganizationKind kind, List<UUID> lineage,
                    @Nullable Unit oblast, @Nullable Unit district, @Nullable Unit hromada, @Nullable Unit institution,
                    @Nullable String hromadaKind, @Nullable InstitutionKind institutionKind,
                    @Nullable LocalDate frontlineSince, @Nullable LocalDate deoccupiedSince) {

    public Place {
        lineage = List.copyOf(lineage);
    }

    /** True when the organisation is {@code rootId} or below it; everything is inside no root. */
    public boolean within(@Nullable UUID rootId) {
        return rootId == null || lineage.contains(rootId);
    }

    /**
     * One organisation a report names: ids and names, its KATOTTG code and its staff headcount (the
     * denominator of coverage), each when known.
     */
    public record Unit(UUID id, OrganizationKind kind, String name, @Nullable String nameEn, @Nullable String katottg,
                       @Nullable Integer headcount, List<UUID> lineage) {

        public Unit {
            lineage = List.copyOf(lineage);
        }

        public boolean within(@Nullable UUID rootId) {
            return rootId == null || lineage.contains(rootId);
        }

        /** The name in English when asked for and known, else the Ukrainian one. */
        public String name(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    /** A kind of institution as the administrators named it. */
    public record InstitutionKind(String code, String name, String nameEn) {

        public String name(boolean english) {
            return english ? nameEn : name;
        }
    }
}
