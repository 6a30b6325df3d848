package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.organizations.Katottg;
import ua.fakh.core.organizations.KatottgLevel;
import ua.fakh.core.organizations.OrganizationKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where KATOTTG codes sit in the tree, checked on the tree as it will be once every planned change
 * is made (one organization from a form, or all lines of a CSV file at once, whatever their order):
 * an oblast, district or hromada code belongs to one organization only; a code lies inside the codes
 * of the oblast, district and hromada above it (same oblast digits, same raion digits, same hromada
 * digits); and the codes below a changed or moved organization still lie inside it and its new place.
 */
@Singleton
class TerritoryCodes {
    static final Set<OrganizationKind> TERRITORIES = Set.of(OrganizationKind.OBLAST, OrganizationKind.DISTRICT, OrganizationKind.HROMADA);

    private final OrganizationRepository rows;

    TerritoryCodes(OrganizationRepository rows) {
        this.rows = rows;
    }

    /**
     * One organization as it will be: {@code path} its new path (ending with its id), {@code currentPath}
     * its path now (null when new), {@code moved} whether it goes under another parent.
     */
    record Planned(UUID id, OrganizationKind kind, String path, @Nullable String currentPath, @Nullable String katottg, boolean moved) {
        List<UUID> ancestorIds() {
            String parentPath = path.substring(0, path.length() - id.toString().length() - 1);
            return Arrays.stream(parentPath.split("/")).filter(s -> !s.isEmpty()).map(UUID::fromString).toList();
        }
    }

    enum Conflict {
        /** another oblast, district or hromada has the code */
        TAKEN,
        /** the code is outside the code of an organization above ({0} its name, {1} its code) */
        OUTSIDE_ABOVE,
        /** an organization below ({0}, {1}) has a code outside this one */
        BELOW_OUTSIDE,
        /** an organization below ({0}, {1}) has a code outside the new place's */
        BELOW_OUTSIDE_NEW_PLACE
    }

    record Problem(UUID id, Conflict conflict, Object... arguments) {
    }

    List<Problem> check(Collection<Planned> planned) {
        Map<UUID, Planned> byId = planned.stream().collect(Collectors.toMap(Planned::id, Function.identity(), (a, b) -> b));
        List<Problem> problems = new ArrayList<>();
        Map<UUID, OrganizationRow> known = new HashMap<>();
        taken(byId, problems);
        for (Planned p : byId.values()) {
            List<Bound> above = boundsAbove(p, byId, known);
            if (p.katottg() != null) {
                for (Bound bound : above) {
                    if (!p.katottg().startsWith(bound.prefix())) {
                        problems.add(new Problem(p.id(), Conflict.OUTSIDE_ABOVE, bound.name(), bound.code()));
                        break;
                    }
                }
            }
            below(p, above, byId, problems);
        }
        return problems;
    }

    /** A code that the codes below an organization must start with. */
    private record Bound(String prefix, String name, String code) {
    }

    private List<Bound> boundsAbove(Planned p, Map<UUID, Planned> byId, Map<UUID, OrganizationRow> known) {
        List<UUID> missing = p.ancestorIds().stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            rows.findByIdIn(missing).forEach(r -> known.put(r.id(), r));
        }
        List<Bound> bounds = new ArrayList<>();
        for (UUID id : p.ancestorIds()) {
            OrganizationRow above = known.get(id);
            if (above != null && TERRITORIES.contains(above.kind())) {
                String code = byId.containsKey(id) ? byId.get(id).katottg() : above.katottg();
                bound(above.kind(), code, above.name()).ifPresent(bounds::add);
            }
        }
        return bounds;
    }

    /** The codes below {@code p} (those not planned themselves, which answer for themselves) against its own code and, when moved, its new place's. */
    private void below(Planned p, List<Bound> above, Map<UUID, Planned> byId, List<Problem> problems) {
        boolean ownBound = p.katottg() != null && TERRITORIES.contains(p.kind());
        if (p.currentPath() == null || (!ownBound && !p.moved())) {
            return;
        }
        List<Bound> own = ownBound ? bound(p.kind(), p.katottg(), "").stream().toList() : List.of();
        for (OrganizationRow below : rows.findCodedBelow(p.currentPath() + "%", p.id())) {
            if (byId.containsKey(below.id())) {
                continue;
            }
            if (own.stream().anyMatch(b -> !below.katottg().startsWith(b.prefix()))) {
                problems.add(new Problem(p.id(), Conflict.BELOW_OUTSIDE, below.name(), below.katottg()));
                return;
            }
            if (p.moved() && above.stream().anyMatch(b -> !below.katottg().startsWith(b.prefix()))) {
                problems.add(new Problem(p.id(), Conflict.BELOW_OUTSIDE_NEW_PLACE, below.name(), below.katottg()));
                return;
            }
        }
    }

    /** Among the planned and the stored: an oblast, district or hromada code that two territories would have. */
    private void taken(Map<UUID, Planned> byId, List<Problem> problems) {
        Map<String, UUID> plannedCodes = new HashMap<>();
        for (Planned p : byId.values()) {
            if (p.katottg() == null || !TERRITORIES.contains(p.kind())) {
                continue;
            }
            UUID twin = plannedCodes.putIfAbsent(p.katottg(), p.id());
            boolean storedTwin = rows.findTerritoriesByKatottg(p.katottg()).stream()
                    .anyMatch(r -> !r.id().equals(p.id()) && !byId.containsKey(r.id()));
            if (twin != null || storedTwin) {
                problems.add(new Problem(p.id(), Conflict.TAKEN));
            }
        }
    }

    private static Optional<Bound> bound(OrganizationKind kind, @Nullable String code, String name) {
        if (code == null || !Katottg.isValid(code)) {
            return Optional.empty();
        }
        KatottgLevel level = switch (kind) {
            case OBLAST -> KatottgLevel.OBLAST;
            case DISTRICT -> KatottgLevel.DISTRICT;
            default -> KatottgLevel.HROMADA;
        };
        return Optional.of(new Bound(new Katottg(code).prefixFor(level), name, code));
    }
}
