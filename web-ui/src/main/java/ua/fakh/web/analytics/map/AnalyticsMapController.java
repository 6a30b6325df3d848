package ua.fakh.web.analytics.map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.analytics.boundaries.HromadaBoundaries;
import ua.fakh.core.analytics.boundaries.HromadaShape;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.AnalyticsFilterChoices;
import ua.fakh.courses.analytics.CoverageMaps;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.web.analytics.AnalyticsFilterForm;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.Map;

/**
 * {@code /analytics/map}: people trained per oblast as a tile grid, and per hromada on the uploaded
 * boundaries, each with a table of the same numbers; {@code /analytics/map.geojson}: the layer as
 * GeoJSON. The caller's scope decides the numbers (ADMIN, HR, ANALYST), read at every request.
 */
@Hidden
@Controller("/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnalyticsMapController {
    static final MediaType GEO_JSON = MediaType.of("application/geo+json");

    private final AnalyticsScopes scopes;
    private final CoverageReports coverage;
    private final AnalyticsFilterChoices choices;
    private final HromadaBoundaries boundaries;

    AnalyticsMapController(AnalyticsScopes scopes, CoverageReports coverage, AnalyticsFilterChoices choices,
                           HromadaBoundaries boundaries) {
        this.scopes = scopes;
        this.coverage = coverage;
        this.choices = choices;
        this.boundaries = boundaries;
    }

    @Get(value = "/map", produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(PageContext ctx, Caller caller, HttpParameters parameters, @Nullable @QueryValue String level) {
        AnalyticsScope scope = scopes.of(caller);
        AnalyticsFilterForm form = AnalyticsFilterForm.of(parameters);
        var options = choices.options(scope);
        long uploaded = boundaries.summary().hromadas();
        MapLevel shown = MapLevel.of(level, uploaded > 0);
        if (!form.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("analytics/map", ctx,
                    new MapPageModel(form, options, shown.parameter(), null, null, null, null, uploaded)));
        }
        AnalyticsFilter filter = form.toFilter();
        MapLayer oblasts;
        MapLayer hromadas = null;
        ChoroplethView choropleth = null;
        if (shown == MapLevel.HROMADA) { // both layers from one report
            CoverageMaps maps = coverage.reportWithMaps(scope, filter, ctx.locale());
            oblasts = maps.oblasts();
            hromadas = maps.hromadas();
            choropleth = ChoroplethView.of(hromadas, shapes(hromadas), ctx::t, ctx.locale());
        } else {
            oblasts = coverage.oblastLayer(scope, filter, ctx.locale());
        }
        TileMapView tiles = TileMapView.of(oblasts, ctx::t, ctx.locale());
        return HttpResponse.ok(Views.view("analytics/map", ctx,
                new MapPageModel(form, options, shown.parameter(), oblasts, tiles, hromadas, choropleth, uploaded)));
    }

    /** The layer at {@code level} (oblast when absent) as a GeoJSON FeatureCollection, to save. */
    @Get(value = "/map.geojson", produces = "application/geo+json")
    HttpResponse<String> geoJson(PageContext ctx, Caller caller, HttpParameters parameters, @Nullable @QueryValue String level) {
        AnalyticsScope scope = scopes.of(caller);
        AnalyticsFilter filter = AnalyticsFilterForm.of(parameters).toFilter();
        MapLevel asked = MapLevel.of(level, false);
        MapLayer layer = asked == MapLevel.OBLAST
                ? coverage.oblastLayer(scope, filter, ctx.locale())
                : coverage.hromadaLayer(scope, filter, ctx.locale());
        Map<String, HromadaShape> shapes = asked == MapLevel.OBLAST ? Map.of() : shapes(layer);
        return HttpResponse.ok(MapGeoJson.of(layer, shapes)).contentType(GEO_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.of("map-" + asked.parameter() + ".geojson", true));
    }

    private Map<String, HromadaShape> shapes(MapLayer layer) {
        return boundaries.shapes(layer.areas().stream().map(MapLayer.Area::katottg).toList());
    }
}
