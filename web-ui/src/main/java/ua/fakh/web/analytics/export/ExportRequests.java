package ua.fakh.web.analytics.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.web.analytics.AnalyticsFilterForm;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One export request, the same for the pages and the API: the filter from the query string (every wrong
 * field at once, 400), the language ({@code lang=uk|en}, else the reader's), then the file. Whose numbers
 * the caller may read is decided by {@link ua.fakh.core.analytics.AnalyticsScopes} inside the reports, afresh.
 */
@Singleton
class ExportRequests {
    /** {@code coverage-hromadas.csv}, {@code gain-courses.xlsx}, {@code all.xlsx}. */
    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,79})\\.(csv|xlsx)");
    static final String ALL = "all";

    private final ExportTables tables;
    private final PartnerReport report;
    private final LocaleChoice locales;
    private final Messages messages;

    ExportRequests(ExportTables tables, PartnerReport report, LocaleChoice locales, Messages messages) {
        this.tables = tables;
        this.report = report;
        this.locales = locales;
        this.messages = messages;
    }

    MutableHttpResponse<byte[]> table(HttpRequest<?> request, Caller caller, String file) {
        Matcher name = FILE.matcher(file);
        if (!name.matches() || ALL.equals(name.group(1)) && !"xlsx".equals(name.group(2))) {
            throw new NotFoundException("problem.analytics.export.noSuchFile");
        }
        AnalyticsFilter filter = AnalyticsFilterForm.of(request.getParameters()).toFilter();
        Locale locale = language(request);
        if (ALL.equals(name.group(1))) {
            byte[] xlsx = TableXlsx.write(tables.all(caller, filter, locale), report.about(caller, filter, locale));
            return ExportFiles.attachment(xlsx, TableXlsx.MEDIA_TYPE, messages.get(locale, "analytics.export.title"), filter, "xlsx");
        }
        ReportTable table = tables.one(caller, filter, locale, name.group(1))
                .orElseThrow(() -> new NotFoundException("problem.analytics.export.noSuchFile"));
        if ("csv".equals(name.group(2))) {
            return ExportFiles.attachment(TableCsv.write(table), TableCsv.MEDIA_TYPE, table.title(), filter, "csv");
        }
        byte[] xlsx = TableXlsx.write(List.of(table), report.about(caller, filter, locale));
        return ExportFiles.attachment(xlsx, TableXlsx.MEDIA_TYPE, table.title(), filter, "xlsx");
    }

    MutableHttpResponse<byte[]> pdf(HttpRequest<?> request, Caller caller) {
        AnalyticsFilter filter = AnalyticsFilterForm.of(request.getParameters()).toFilter();
        Locale locale = language(request);
        ReportPage page = report.page(caller, filter, locale);
        return ExportFiles.attachment(ReportPdf.write(page), ReportPdf.MEDIA_TYPE, page.title() + ", " + page.scope(), filter, "pdf");
    }

    private Locale language(HttpRequest<?> request) {
        @Nullable String lang = request.getParameters().get("lang");
        if (lang == null || lang.isBlank()) {
            return locales.of(request);
        }
        return LocaleChoice.supported(lang).filter(l -> l.getLanguage().equals(lang.strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> ValidationException.of("lang", "problem.field.analytics.lang"));
    }
}
