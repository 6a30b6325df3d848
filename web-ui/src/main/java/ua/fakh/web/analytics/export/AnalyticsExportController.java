package ua.fakh.web.analytics.export;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;

/**
 * The export links of the analytics pages: {@code /analytics/export/<table>.csv|.xlsx}, {@code
 * /analytics/export/all.xlsx} and {@code /analytics/report.pdf}, each with the page's filter in the query
 * string (and {@code lang=uk|en}). Administrators, HR and analysts with a scope; the scope decides the numbers.
 */
@Hidden
@Controller("/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnalyticsExportController {
    private final ExportRequests exports;

    AnalyticsExportController(ExportRequests exports) {
        this.exports = exports;
    }

    @Get(value = "/export/{file}", produces = {TableCsv.MEDIA_TYPE, TableXlsx.MEDIA_TYPE})
    HttpResponse<byte[]> table(HttpRequest<?> request, Caller caller, @PathVariable String file) {
        return exports.table(request, caller, file);
    }

    @Get(value = "/report.pdf", produces = ReportPdf.MEDIA_TYPE)
    HttpResponse<byte[]> report(HttpRequest<?> request, Caller caller) {
        return exports.pdf(request, caller);
    }
}
