package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** People trained per oblast, district, hromada and institution, with coverage of the headcount. */
final class TerritoryPart implements CoveragePart {

    @Override
    public void count(CoverageData data, ReportCells cells) {
        Territory territory = data.territory();
        cells.count(ReportCells.TOTAL, Trainee.people(data.trainees()));
        territory.all().forEach(place -> cells.count(CoverageData.unit(place.organizationId()), territory.trained(place.organizationId())));
        cells.sum(ReportCells.TOTAL, keys(territory.children(null)), "rest:total");
        for (Place place : territory.all()) {
            UUID id = place.organizationId();
            cells.sum(CoverageData.unit(id), keys(territory.children(id)), "rest:" + id);
        }
    }

    @Override
    public List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts) {
        List<ReportTable> tables = new ArrayList<>();
        for (OrganizationKind level : Territory.LEVELS) {
            List<Place> units = data.territory().level(level);
            if (!units.isEmpty()) {
                tables.add(table(level, units, data.territory(), cells, texts));
            }
        }
        return tables;
    }

    /** The organisation of every row of the territory tables, by table id. */
    static Map<String, List<UUID>> rowOrganizations(CoverageData data) {
        Map<String, List<UUID>> rows = new LinkedHashMap<>();
        for (OrganizationKind level : Territory.LEVELS) {
            List<Place> units = data.territory().level(level);
            if (!units.isEmpty()) {
                rows.put(tableId(level), units.stream().map(Place::organizationId).toList());
            }
        }
        return rows;
    }

    private static String tableId(OrganizationKind level) {
        return "coverage-" + level.name().toLowerCase(Locale.ROOT) + "s";
    }

    private static ReportTable table(OrganizationKind level, List<Place> units, Territory territory, ReportCells cells,
                                     CoverageTexts texts) {
        String name = level.name().toLowerCase(Locale.ROOT);
        boolean kinds = level == OrganizationKind.HROMADA || level == OrganizationKind.INSTITUTION;
        boolean within = level != OrganizationKind.OBLAST;
        List<String> headers = new ArrayList<>(List.of(texts.t("column." + name)));
        if (kinds) {
            headers.add(texts.t("column.kind"));
        }
        if (within) {
            headers.add(texts.t("column.within"));
        }
        headers.addAll(List.of(texts.t("column.trained"), texts.t("column.headcount"), texts.t("column.coverage")));
        List<List<Object>> rows = new ArrayList<>();
        for (Place place : units) {
            Place.Unit unit = Territory.self(place);
            String key = CoverageData.unit(place.organizationId());
            List<Object> row = new ArrayList<>();
            row.add(texts.name(unit));
            if (kinds) {
                row.add(Kinds.label(place, level, texts));
            }
            if (within) {
                row.add(parentName(territory, place, texts));
            }
            row.add(cells.shown(key));
            row.add(unit.headcount());
            row.add(cells.percent(key, unit.headcount()));
            rows.add(row);
        }
        return new ReportTable(tableId(level), texts.t("table." + name + "s"), headers, rows,
                List.of(texts.t("note.hidden"), texts.t("note.coverage")));
    }

    private static @Nullable String parentName(Territory territory, Place place, CoverageTexts texts) {
        Place parent = territory.unit(territory.parent(place.organizationId()));
        return parent == null ? null : texts.name(Territory.self(parent));
    }

    private static List<String> keys(List<UUID> units) {
        return units.stream().map(CoverageData::unit).toList();
    }
}
