package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** Works out every organisation's place from the rows of the whole tree (parents first). */
final class PlaceResolver {

    private final Map<UUID, PlaceFacts> facts = new LinkedHashMap<>();
    private final Map<String, Place.InstitutionKind> kinds;
    private final Map<UUID, Place.Unit> units = new LinkedHashMap<>();
    private final Map<String, List<PlaceFacts>> districtsByPrefix = new HashMap<>();

    PlaceResolver(List<PlaceFacts> rows, Map<String, Place.InstitutionKind> kinds) {
        rows.forEach(row -> facts.put(row.id(), row));
        this.kinds = kinds;
        rows.forEach(row -> units.put(row.id(), new Place.Unit(row.id(), row.kind(), row.name(), row.nameEn(),
                row.katottg(), row.headcount(), lineage(row))));
        rows.stream().filter(row -> row.kind() == OrganizationKind.DISTRICT && row.districtPrefix() != null)
                .forEach(row -> districtsByPrefix.computeIfAbsent(row.districtPrefix(), p -> new ArrayList<>()).add(row));
    }

    Map<UUID, Place> places() {
        Map<UUID, Place> places = new LinkedHashMap<>();
        facts.values().forEach(row -> places.put(row.id(), place(row)));
        return places;
    }

    private Place place(PlaceFacts row) {
        List<PlaceFacts> upwards = upwards(row);
        PlaceFacts oblast = nearest(upwards, OrganizationKind.OBLAST);
        PlaceFacts hromada = nearest(upwards, OrganizationKind.HROMADA);
        PlaceFacts district = nearest(upwards, OrganizationKind.DISTRICT);
        if (district == null) {
            district = districtByCode(upwards, oblast);
        }
        PlaceFacts institution = upwards.stream().filter(f -> f.kind() == OrganizationKind.INSTITUTION)
                .reduce((inner, outer) -> outer).orElse(null);
        return new Place(row.id(), row.kind(), units.get(row.id()).lineage(), unit(oblast), unit(district), unit(hromada),
                unit(institution), hromada == null ? null : hromada.hromadaKind(),
                institution == null || institution.institutionKind() == null ? null : kinds.get(institution.institutionKind()),
                first(upwards, PlaceFacts::frontlineSince), first(upwards, PlaceFacts::deoccupiedSince));
    }

    /**
     * A hromada filed straight under its oblast still has a district: the one of the same oblast whose
     * code it shares (a district elsewhere would count its people twice over).
     */
    private @Nullable PlaceFacts districtByCode(List<PlaceFacts> upwards, @Nullable PlaceFacts oblast) {
        String prefix = first(upwards, PlaceFacts::districtPrefix);
        if (prefix == null) {
            return null;
        }
        return districtsByPrefix.getOrDefault(prefix, List.of()).stream()
                .filter(f -> oblast == null || units.get(f.id()).lineage().contains(oblast.id()))
                .min(Comparator.comparing(PlaceFacts::name).thenComparing(PlaceFacts::id))
                .orElse(null);
    }

    /** The organisation itself, its parent, … up to its root. */
    private List<PlaceFacts> upwards(PlaceFacts row) {
        List<PlaceFacts> chain = new ArrayList<>();
        for (PlaceFacts at = row; at != null && chain.size() <= facts.size(); at = at.parentId() == null ? null : facts.get(at.parentId())) {
            chain.add(at);
        }
        return chain;
    }

    private static List<UUID> lineage(PlaceFacts row) {
        return Arrays.stream(row.path().split("/")).filter(part -> !part.isEmpty()).map(UUID::fromString).toList();
    }

    private static @Nullable PlaceFacts nearest(List<PlaceFacts> upwards, OrganizationKind kind) {
        return upwards.stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    private static <T> @Nullable T first(List<PlaceFacts> upwards, Function<PlaceFacts, T> value) {
        return upwards.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private @Nullable Place.Unit unit(@Nullable PlaceFacts row) {
        return row == null ? null : units.get(row.id());
    }
}
