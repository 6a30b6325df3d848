package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.function.Function;

/**
 * People trained per kind of hromada (rural, town, city) and per kind of institution. Each kind's
 * count is also the sum of its hromadas' (institutions') counts, so the two tables are suppressed
 * together.
 */
final class KindsPart implements CoveragePart {

    @Override
    public void count(CoverageData data, ReportCells cells) {
        for (Dimension dimension : dimensions(data)) {
            Map<String, Long> people = new HashMap<>();
            data.trainees().forEach(t -> people.merge(dimension.kindOf(t.place()), (long) t.people(), Long::sum));
            List<String> rows = new ArrayList<>();
            for (String kind : dimension.kinds()) {
                String key = dimension.key(kind);
                cells.count(key, people.getOrDefault(kind, 0L));
                cells.sum(key, dimension.units(data, kind).stream().map(p -> CoverageData.unit(p.organizationId())).toList(),
                        dimension.prefix() + "rest:" + kind);
                rows.add(key);
            }
            cells.sum(ReportCells.TOTAL, rows, dimension.prefix() + "rest");
            tieOutsideToRests(data, cells, dimension);
        }
    }

    /**
     * The people outside any hromada (institution) are exactly those the territory tables leave over
     * at the units above: said as a sum, so "not in an institution" cannot be set against a district's
     * remainder to recover it.
     */
    private static void tieOutsideToRests(CoverageData data, ReportCells cells, Dimension dimension) {
        Set<String> parts = new LinkedHashSet<>();
        for (Trainee trainee : data.trainees()) {
            if (dimension.unitOf().apply(trainee.place()) == null) {
                List<UUID> chain = data.territory().chain(trainee.place());
                UUID deepest = chain.isEmpty() ? null : chain.get(0);
                parts.add(deepest == null ? "rest:total" : data.territory().children(deepest).isEmpty()
                        ? CoverageData.unit(deepest) : "rest:" + deepest);
            }
        }
        if (parts.stream().allMatch(cells::has)) {
            cells.sum(dimension.key(Dimension.OUTSIDE), List.copyOf(parts), dimension.prefix() + "outside:rest");
        }
    }

    @Override
    public List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts) {
        List<ReportTable> tables = new ArrayList<>();
        for (Dimension dimension : dimensions(data)) {
            List<List<Object>> rows = new ArrayList<>();
            for (String kind : dimension.kinds()) {
                List<Place> units = dimension.units(data, kind);
                String key = dimension.key(kind);
                if (dimension.always(kind) || !units.isEmpty() || cells.value(key) > 0) {
                    Integer headcount = headcount(units);
                    long reached = units.stream().filter(p -> data.territory().trained(p.organizationId()) > 0).count();
                    List<Object> row = new ArrayList<>();
                    row.add(dimension.label(kind, texts));
                    row.add(units.size());
                    row.add(reached);
                    row.add(cells.shown(key));
                    row.add(headcount);
                    row.add(cells.percent(key, headcount));
                    rows.add(row);
                }
            }
            tables.add(new ReportTable(dimension.id(), texts.t("table." + dimension.id().substring("coverage-".length())), List.of(
                    texts.t("column.kind"), texts.t("column." + dimension.unitsColumn()), texts.t("column.reached"),
                    texts.t("column.trained"), texts.t("column.headcount"), texts.t("column.coverage")), rows,
                    List.of(texts.t("note.hidden"), texts.t("note.kindHeadcount"))));
        }
        return tables;
    }

    /** The sum of the units' headcounts when every one of them has one. */
    private static @Nullable Integer headcount(List<Place> units) {
        if (units.isEmpty() || units.stream().anyMatch(p -> Territory.self(p).headcount() == null)) {
            return null;
        }
        return units.stream().mapToInt(p -> Territory.self(p).headcount()).sum();
    }

    private static List<Dimension> dimensions(CoverageData data) {
        List<String> hromadaKinds = new ArrayList<>(Kinds.HROMADA_KINDS);
        hromadaKinds.addAll(List.of(Dimension.NONE, Dimension.OUTSIDE));
        List<String> institutionKinds = new ArrayList<>(data.institutionKinds().stream().map(Place.InstitutionKind::code).toList());
        institutionKinds.addAll(List.of(Dimension.NONE, Dimension.OUTSIDE));
        return List.of(
                new Dimension("coverage-hromada-kinds", "hkind:", "hromadas", OrganizationKind.HROMADA, hromadaKinds,
                        Place::hromada, Place::hromadaKind, (kind, texts) -> texts.t("hromadaKind." + kind)),
                new Dimension("coverage-institution-kinds", "ikind:", "institutions", OrganizationKind.INSTITUTION, institutionKinds,
                        Place::institution, p -> p.institutionKind() == null ? null : p.institutionKind().code(),
                        (kind, texts) -> data.institutionKinds().stream().filter(k -> k.code().equals(kind))
                                .map(k -> k.name(texts.english())).findFirst().orElse(kind)));
    }

    /** One way of sorting people by the kind of the place they work in. */
    private record Dimension(String id, String prefix, String unitsColumn, OrganizationKind level, List<String> kinds,
                             Function<Place, Place.Unit> unitOf, Function<Place, String> kindOf,
                             java.util.function.BiFunction<String, CoverageTexts, String> names) {
        static final String NONE = "none";
        static final String OUTSIDE = "outside";

        String key(String kind) {
            return prefix + kind;
        }

        boolean always(String kind) {
            return level == OrganizationKind.HROMADA && !kind.equals(NONE) && !kind.equals(OUTSIDE);
        }

        /** The kind a person of this place counts under. */
        String kindOf(Place place) {
            return unitOf.apply(place) == null ? OUTSIDE : Objects.requireNonNullElse(kindOf.apply(place), NONE);
        }

        /** Whether a person of this place counts under the kind. */
        boolean belongs(Place place, String kind) {
            return kind.equals(kindOf(place));
        }

        /** The scope's hromadas (institutions) of the kind. */
        List<Place> units(CoverageData data, String kind) {
            return kind.equals(OUTSIDE) ? List.of()
                    : data.territory().level(level).stream().filter(p -> belongs(p, kind)).toList();
        }

        String label(String kind, CoverageTexts texts) {
            return kind.equals(NONE) || kind.equals(OUTSIDE) ? texts.t(prefix.substring(0, prefix.length() - 1) + "." + kind)
                    : names.apply(kind, texts);
        }
    }
}
