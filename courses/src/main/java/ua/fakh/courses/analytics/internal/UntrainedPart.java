package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.ArrayList;
import java.util.List;

/** The hromadas and institutions of the scope where nobody was trained yet (places, not people: nothing to hide). */
final class UntrainedPart implements CoveragePart {

    @Override
    public void count(CoverageData data, ReportCells cells) {
        // lists places only
    }

    @Override
    public List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (OrganizationKind level : List.of(OrganizationKind.HROMADA, OrganizationKind.INSTITUTION)) {
            for (Place place : data.territory().level(level)) {
                if (data.territory().trained(place.organizationId()) == 0) {
                    Place.Unit unit = Territory.self(place);
                    rows.add(java.util.Arrays.asList(texts.name(unit), texts.t("level." + level.name().toLowerCase(java.util.Locale.ROOT)),
                            Kinds.label(place, level, texts), within(data, place, texts), unit.headcount()));
                }
            }
        }
        return List.of(new ReportTable("coverage-untrained", texts.t("table.untrained"), List.of(texts.t("column.place"),
                texts.t("column.level"), texts.t("column.kind"), texts.t("column.within"), texts.t("column.headcount")),
                rows, List.of(texts.t("note.untrained"))));
    }

    private static @Nullable String within(CoverageData data, Place place, CoverageTexts texts) {
        Place parent = data.territory().unit(data.territory().parent(place.organizationId()));
        return parent == null ? null : texts.name(Territory.self(parent));
    }
}
