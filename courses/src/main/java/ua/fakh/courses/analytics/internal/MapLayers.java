package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.ArrayList;
import java.util.List;

/** The report's counts per oblast and per hromada as map layers, hidden exactly as in the tables. */
final class MapLayers {
    private MapLayers() {
    }

    static MapLayer oblasts(BuiltReport report) {
        List<MapLayer.Area> areas = new ArrayList<>();
        for (Place oblast : report.data().territory().level(OrganizationKind.OBLAST)) {
            String code = oblastCode(oblast, report.data());
            if (code != null) {
                areas.add(area(report, oblast, code));
            }
        }
        return new MapLayer("oblast", report.texts().t("map.trained"), areas);
    }

    static MapLayer hromadas(BuiltReport report) {
        List<MapLayer.Area> areas = new ArrayList<>();
        for (Place hromada : report.data().territory().level(OrganizationKind.HROMADA)) {
            String code = Territory.self(hromada).katottg();
            if (code != null) {
                areas.add(area(report, hromada, code));
            }
        }
        return new MapLayer("hromada", report.texts().t("map.trained"), areas);
    }

    private static MapLayer.Area area(BuiltReport report, Place place, String code) {
        String key = CoverageData.unit(place.organizationId());
        boolean hidden = report.cells().hidden(key);
        long value = report.cells().value(key);
        return new MapLayer.Area(code, report.texts().name(Territory.self(place)), hidden ? null : (double) value,
                String.valueOf(report.cells().shown(key)));
    }

    /** The oblast's own code, or else the two oblast digits of any code below it. */
    private static @Nullable String oblastCode(Place oblast, CoverageData data) {
        String own = Territory.self(oblast).katottg();
        if (own != null) {
            return own;
        }
        return data.inScope().stream().filter(p -> p.within(oblast.organizationId()) && p.kind() != OrganizationKind.OBLAST)
                .map(p -> Territory.self(p) == null ? null : Territory.self(p).katottg())
                .filter(code -> code != null && code.length() >= 4).map(code -> code.substring(2, 4)).findFirst().orElse(null);
    }
}
