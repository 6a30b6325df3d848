package ua.fakh.web.admin.organizations;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.core.organizations.FactsImportResult;
import ua.fakh.core.organizations.FactsRefusedException;
import ua.fakh.core.organizations.OrganizationFactsCsv;
import ua.fakh.core.security.Caller;
import ua.fakh.web.admin.users.CsvText;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code /admin/organizations/facts}: every organization's facts as a spreadsheet to download, edit
 * and upload again. A file with a wrong line changes nothing; the page lists every wrong cell.
 */
@Hidden
@Controller("/admin/organizations")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationFactsPagesController {
    private static final int MAX_MEGABYTES = OrganizationFactsCsv.MAX_BYTES / (1024 * 1024);

    private final OrganizationFactsCsv facts;

    OrganizationFactsPagesController(OrganizationFactsCsv facts) {
        this.facts = facts;
    }

    @Get("/facts")
    HttpResponse<?> page(PageContext page) {
        return HttpResponse.ok(view(page, null, List.of(), null));
    }

    @Get(value = "/facts.csv", produces = "text/csv;charset=UTF-8")
    HttpResponse<byte[]> download(Caller caller) {
        return HttpResponse.ok(facts.export(caller)).contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("organization-facts.csv"));
    }

    /** The parts are read as a whole body: a browser sends an empty file part when no file was chosen. */
    @Post("/facts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@Body MultipartBody body, PageContext page, Caller caller) {
        byte[] file = new byte[0];
        try {
            for (CompletedPart part : Flux.from(body).collectList().block()) {
                if (part.getName().equals("file")) {
                    file = bytes(part);
                }
            }
        } catch (PayloadTooLargeException tooLarge) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(view(page, null, List.of(), page.t("problem.facts.tooLarge", MAX_MEGABYTES)));
        }
        if (file.length == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(view(page, null, List.of(), page.t("orgFacts.chooseFile")));
        }
        try {
            FactsImportResult result = facts.apply(CsvText.decode(file), caller);
            return HttpResponse.ok(view(page, result, List.of(), null));
        } catch (FactsRefusedException refused) {
            List<FactsPageModel.Line> lines = refused.lines().stream().map(e -> new FactsPageModel.Line(e.line(), e.column(),
                    page.t(e.message(), e.argumentArray()))).toList();
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(view(page, null, lines, page.t("problem.facts.refused", lines.size())));
        }
    }

    private static Object view(PageContext page, FactsImportResult result, List<FactsPageModel.Line> lines, String error) {
        return Views.view("admin/organization_facts", page, new FactsPageModel(result, lines, error, MAX_MEGABYTES));
    }

    /** At most the limit: a larger part stays in its temporary file and is refused unread. */
    private static byte[] bytes(CompletedPart part) {
        try (var in = part.getInputStream()) {
            return SizeLimitedInputStream.readAtMost(in, OrganizationFactsCsv.MAX_BYTES,
                    () -> new PayloadTooLargeException("problem.facts.tooLarge", MAX_MEGABYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
