package ua.fakh.courses.analytics.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.CoverageMaps;
import ua.fakh.courses.analytics.CoverageReport;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.courses.analytics.TrainedPerson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@Singleton
class CoverageService implements CoverageReports {

    private final CoverageBuilder builder;
    private final PeopleQuery people;
    private final Organizations organizations;
    private final Sql sql;

    CoverageService(CoverageBuilder builder, PeopleQuery people, Organizations organizations, Sql sql) {
        this.builder = builder;
        this.people = people;
        this.organizations = organizations;
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public CoverageReport report(AnalyticsScope scope, AnalyticsFilter filter, Locale locale) {
        return reportOf(scope, filter, builder.build(scope, filter, locale));
    }

    @Override
    @Transactional(readOnly = true)
    public CoverageMaps reportWithMaps(AnalyticsScope scope, AnalyticsFilter filter, Locale locale) {
        BuiltReport report = builder.build(scope, filter, locale);
        return new CoverageMaps(reportOf(scope, filter, report), MapLayers.oblasts(report), MapLayers.hromadas(report));
    }

    private CoverageReport reportOf(AnalyticsScope scope, AnalyticsFilter filter, BuiltReport report) {
        String rootName = scope.rootId() == null ? null : organizations.find(scope.rootId())
                .map(o -> report.texts().english() && o.nameEn() != null ? o.nameEn() : o.name()).orElse(null);
        return new CoverageReport(new CoverageReport.Scope(scope.rootId(), rootName, scope.names()), filter,
                KeyNumbers.of(report), CoverageBuilder.tables(report),
                scope.names() ? TerritoryPart.rowOrganizations(report.data()) : Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public MapLayer oblastLayer(AnalyticsScope scope, AnalyticsFilter filter, Locale locale) {
        return MapLayers.oblasts(builder.build(scope, filter, locale));
    }

    @Override
    @Transactional(readOnly = true)
    public MapLayer hromadaLayer(AnalyticsScope scope, AnalyticsFilter filter, Locale locale) {
        return MapLayers.hromadas(builder.build(scope, filter, locale));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainedPerson> people(AnalyticsScope scope, UUID organizationId, AnalyticsFilter filter, Locale locale) {
        if (!scope.names()) {
            throw new ForbiddenException("problem.analytics.noNames");
        }
        OrganizationView organization = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("problem.organization.notFound"));
        if (!scope.wholeInstallation() && !organizations.isWithin(organization.id(), scope.rootId())) {
            throw new ForbiddenException("problem.analytics.outsideScope");
        }
        return people.people(sql.subtreePattern(new AnalyticsScope(organization.id(), true)), filter, "en".equals(locale.getLanguage()));
    }
}
