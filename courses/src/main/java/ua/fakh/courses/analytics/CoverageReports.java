package ua.fakh.courses.analytics;

import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.MapLayer;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who was trained, where: people of a scope who completed a course that passes the filter, counted
 * per oblast, district, hromada, institution, kind of place, frontline and de-occupied community, and
 * by the hours and credits they took. Every number is read from the database at the call, and every
 * small group is hidden across the whole report ({@link ua.fakh.core.analytics.SmallCells}), in pages,
 * maps and exports alike.
 */
public interface CoverageReports {

    /** The whole report, in the reader's language. */
    CoverageReport report(AnalyticsScope scope, AnalyticsFilter filter, Locale locale);

    /** People trained per oblast of the scope (oblasts with no code known, own or below, are left out). */
    MapLayer oblastLayer(AnalyticsScope scope, AnalyticsFilter filter, Locale locale);

    /** People trained per hromada of the scope that has a KATOTTG code. */
    MapLayer hromadaLayer(AnalyticsScope scope, AnalyticsFilter filter, Locale locale);

    /** The report and both layers at once, for a page or export that shows more than one: the report is built once. */
    CoverageMaps reportWithMaps(AnalyticsScope scope, AnalyticsFilter filter, Locale locale);

    /**
     * The trained people of an organisation and everything below it, by name, for those who may see
     * names (administrators; HR inside its own subtree).
     *
     * @throws ua.fakh.core.errors.ForbiddenException when the scope carries no names or the organisation is outside it
     * @throws ua.fakh.core.errors.NotFoundException  when there is no such organisation
     */
    List<TrainedPerson> people(AnalyticsScope scope, UUID organizationId, AnalyticsFilter filter, Locale locale);
}
