package ua.fakh.web.analytics.map;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.courses.analytics.AnalyticsFilterOptions;
import ua.fakh.web.analytics.AnalyticsFilterForm;

/**
 * {@code /analytics/map}: the filter, the oblast tiles with their table, and at the hromada level the
 * choropleth with its table ({@code hromadas} null at the oblast level; {@code tiles} null when the
 * filter was refused).
 *
 * @param boundaries how many hromadas have an uploaded boundary, installation-wide
 */
public record MapPageModel(AnalyticsFilterForm form, AnalyticsFilterOptions options, String level,
                           @Nullable MapLayer oblasts, @Nullable TileMapView tiles,
                           @Nullable MapLayer hromadas, @Nullable ChoroplethView choropleth, long boundaries) {

    /** The address of this map at {@code level}, with the filter. */
    public String at(String level) {
        return "/analytics/map?level=" + level + form.andQuery();
    }

    /** The GeoJSON export of the layer at {@code level}, with the filter. */
    public String geoJson(String level) {
        return "/analytics/map.geojson?level=" + level + form.andQuery();
    }
}
