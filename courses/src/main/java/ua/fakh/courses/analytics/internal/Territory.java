package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The oblasts, districts, hromadas and institutions of one scope, each tied to the next one above it
 * inside the scope, and how many trained people each holds. A person counts in the deepest of them
 * their place names and in every one above that along the same ties, so a unit's count is always the
 * sum of its children's and of the people right at it (the "rest").
 */
final class Territory {
    static final List<OrganizationKind> LEVELS = List.of(OrganizationKind.OBLAST, OrganizationKind.DISTRICT,
            OrganizationKind.HROMADA, OrganizationKind.INSTITUTION);

    private final Map<UUID, Place> units = new LinkedHashMap<>();
    private final Map<UUID, UUID> parents = new HashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();
    private final Map<UUID, Integer> trained = new HashMap<>();
    private final Map<UUID, List<UUID>> chains = new HashMap<>();
    private final Map<UUID, Optional<UUID>> hromadas = new HashMap<>();

    Territory(List<Place> inScope, List<Trainee> trainees) {
        inScope.stream().filter(Territory::isUnit)
                .sorted(Comparator.comparingInt((Place p) -> LEVELS.indexOf(p.kind())).thenComparing(p -> self(p).name()))
                .forEach(place -> units.put(place.organizationId(), place));
        units.values().forEach(place -> parents.put(place.organizationId(), firstUnit(above(place))));
        units.keySet().forEach(unit -> children.computeIfAbsent(parents.get(unit), p -> new ArrayList<>()).add(unit));
        trainees.forEach(trainee -> chain(trainee.place()).forEach(unit -> trained.merge(unit, trainee.people(), Integer::sum)));
    }

    /** The units of one level, by name. */
    List<Place> level(OrganizationKind kind) {
        return units.values().stream().filter(place -> place.kind() == kind).toList();
    }

    List<Place> all() {
        return List.copyOf(units.values());
    }

    @Nullable
    Place unit(@Nullable UUID id) {
        return id == null ? null : units.get(id);
    }

    /** The unit above, inside the scope; null for a top one. */
    @Nullable
    UUID parent(UUID unit) {
        return parents.get(unit);
    }

    /** The units right below one (the top ones for null), in the order of {@link #all()}. */
    List<UUID> children(@Nullable UUID unit) {
        return children.getOrDefault(unit, List.of());
    }

    int trained(UUID unit) {
        return trained.getOrDefault(unit, 0);
    }

    /** The deepest unit of the scope a person's place names, or null when none is inside the scope. */
    @Nullable
    UUID deepest(Place place) {
        return firstUnit(Stream.of(place.institution(), place.hromada(), place.district(), place.oblast()));
    }

    /** The units a person of this place counts in, deepest first (worked out once per organisation). */
    List<UUID> chain(Place place) {
        return chains.computeIfAbsent(place.organizationId(), organization -> {
            List<UUID> chain = new ArrayList<>();
            for (UUID unit = deepest(place); unit != null; unit = parents.get(unit)) {
                chain.add(unit);
            }
            return List.copyOf(chain);
        });
    }

    /** The hromada of the scope a person of this place counts in, if any. */
    @Nullable
    UUID hromada(Place place) {
        return hromadas.computeIfAbsent(place.organizationId(), organization -> chain(place).stream()
                .filter(unit -> units.get(unit).kind() == OrganizationKind.HROMADA).findFirst()).orElse(null);
    }

    /** The unit an organisation itself stands for. */
    static Place.Unit self(Place place) {
        return switch (place.kind()) {
            case OBLAST -> place.oblast();
            case DISTRICT -> place.district();
            case HROMADA -> place.hromada();
            default -> place.institution();
        };
    }

    private static boolean isUnit(Place place) {
        return LEVELS.contains(place.kind()) && self(place) != null && self(place).id().equals(place.organizationId());
    }

    private static Stream<Place.Unit> above(Place place) {
        return switch (place.kind()) {
            case INSTITUTION -> Stream.of(place.hromada(), place.district(), place.oblast());
            case HROMADA -> Stream.of(place.district(), place.oblast());
            case DISTRICT -> Stream.of(place.oblast());
            default -> Stream.empty();
        };
    }

    private @Nullable UUID firstUnit(Stream<Place.Unit> candidates) {
        return candidates.filter(Objects::nonNull).map(Place.Unit::id).filter(units::containsKey).findFirst().orElse(null);
    }
}
