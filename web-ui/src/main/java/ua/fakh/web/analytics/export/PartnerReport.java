package ua.fakh.web.analytics.export;

import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.AnalyticsFilterChoices;
import ua.fakh.courses.analytics.CoverageReport;
import ua.fakh.courses.analytics.CoverageMaps;
import ua.fakh.courses.analytics.CoverageReports;

import java.math.BigDecimal;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the one-page partner report says, gathered for one caller, filter and language: the scope's name
 * (or the installation's, by its address), the period and filters in words, coverage's key numbers, the
 * oblast map and coverage's main table, the day, and the privacy rule. Numbers come from the same reports
 * as the pages, so the small-cell rule holds here as there.
 */
@Singleton
class PartnerReport {
    /** The table the page shows first when the report has it: people trained per hromada. */
    static final List<String> MAIN_TABLES = List.of("coverage-hromadas", "coverage-oblasts");

    private final AnalyticsScopes scopes;
    private final CoverageReports coverage;
    private final AnalyticsFilterChoices choices;
    private final Organizations organizations;
    private final Messages messages;
    private final Clock clock;
    private final String installation;

    PartnerReport(AnalyticsScopes scopes, CoverageReports coverage, AnalyticsFilterChoices choices, Organizations organizations,
                  Messages messages, Clock clock, FakhSettings settings) {
        this.scopes = scopes;
        this.coverage = coverage;
        this.choices = choices;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
        this.installation = host(settings.publicUrl());
    }

    ReportPage page(Caller caller, AnalyticsFilter filter, Locale locale) {
        AnalyticsScope scope = scopes.of(caller);
        CoverageMaps maps = coverage.reportWithMaps(scope, filter, locale);
        CoverageReport report = maps.report();
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        List<ReportPage.KeyNumber> keyNumbers = report.keyNumbers().stream()
                .map(k -> new ReportPage.KeyNumber(k.label(), shown(k, numbers, locale))).toList();
        return new ReportPage(locale, messages.get(locale, "analytics.export.title"), scopeName(scope, locale),
                ConditionWords.of(filter, choices.options(scope), messages, locale), keyNumbers,
                TileMaps.of(maps.oblasts(), messages, locale), mainTable(report),
                generated(locale), messages.get(locale, "analytics.export.privacy"),
                new ReportPage.Words(messages.get(locale, "analytics.export.moreRows"),
                        messages.get(locale, "analytics.export.moreColumns"), messages.get(locale, "analytics.export.noRows")));
    }

    /** What a spreadsheet says under each table: whose numbers, the period and filters, when, the privacy rule. */
    List<String> about(Caller caller, AnalyticsFilter filter, Locale locale) {
        AnalyticsScope scope = scopes.of(caller);
        List<String> lines = new ArrayList<>();
        lines.add(scopeName(scope, locale));
        lines.addAll(ConditionWords.of(filter, choices.options(scope), messages, locale));
        lines.add(generated(locale));
        lines.add(messages.get(locale, "analytics.export.privacy"));
        return lines;
    }

    /** The scope's organisation (its English name in English, when it has one), or the whole installation by its address. */
    private String scopeName(AnalyticsScope scope, Locale locale) {
        return Optional.ofNullable(scope.rootId()).flatMap(organizations::find)
                .map(org -> "en".equals(locale.getLanguage()) && org.nameEn() != null && !org.nameEn().isBlank() ? org.nameEn() : org.name())
                .orElseGet(() -> messages.get(locale, "analytics.export.wholeInstallation", installation));
    }

    private String generated(Locale locale) {
        return messages.get(locale, "analytics.export.generated", KyivTime.date(KyivTime.day(clock.instant())), installation);
    }

    private static ReportTable mainTable(CoverageReport report) {
        return MAIN_TABLES.stream().map(report::table).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> report.tables().isEmpty() ? null : report.tables().get(0));
    }

    private String shown(CoverageReport.KeyNumber number, NumberFormat numbers, Locale locale) {
        String value = cell(number.value(), numbers);
        return number.outOf() == null ? value : messages.get(locale, "analytics.export.outOf", value, cell(number.outOf(), numbers));
    }

    private static String cell(Object value, NumberFormat numbers) {
        if (value instanceof Number n) {
            BigDecimal decimal = Cells.decimal(n);
            return decimal == null ? "—" : numbers.format(decimal);
        }
        return value == null ? "—" : value.toString();
    }

    private static String host(String publicUrl) {
        try {
            String host = URI.create(publicUrl.strip()).getHost();
            return host == null ? publicUrl.strip() : host;
        } catch (IllegalArgumentException notAnAddress) {
            return publicUrl.strip();
        }
    }
}
