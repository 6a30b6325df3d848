package ua.fakh.courses.analytics.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.organizations.Place;
import ua.fakh.core.organizations.Places;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the scope's places and the one aggregate of completions, lets every part count, and decides
 * the hidden cells once for the whole report. Runs inside the caller's read-only transaction.
 */
@Singleton
class CoverageBuilder {
    static final List<CoveragePart> PARTS = List.of(new TerritoryPart(), new KindsPart(), new CommunitiesPart(),
            new VolumePart(), new ProfilePart(), new UntrainedPart());

    private final CompletionQuery completions;
    private final Places places;
    private final Messages messages;
    private final boolean profileFacts;

    CoverageBuilder(CompletionQuery completions, Places places, Messages messages,
                    @Value("${fakh.profile-facts.enabled:false}") boolean profileFacts) {
        this.completions = completions;
        this.places = places;
        this.messages = messages;
        this.profileFacts = profileFacts;
    }

    BuiltReport build(AnalyticsScope scope, AnalyticsFilter filter, Locale locale) {
        Map<UUID, Place> all = places.all();
        List<Place> inScope = all.values().stream().filter(place -> place.within(scope.rootId())).toList();
        List<Trainee> trainees = completions.trainees(scope, filter, profileFacts, all);
        CoverageData data = new CoverageData(scope, inScope, new Territory(inScope, trainees), trainees,
                places.institutionKinds(), profileFacts);
        ReportCells cells = new ReportCells();
        PARTS.forEach(part -> part.count(data, cells));
        cells.seal();
        return new BuiltReport(data, cells, new CoverageTexts(messages, locale));
    }

    static List<ReportTable> tables(BuiltReport report) {
        return PARTS.stream().flatMap(part -> part.tables(report.data(), report.cells(), report.texts()).stream()).toList();
    }
}
