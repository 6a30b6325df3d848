package ua.fakh.core.organizations.internal;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.core.organizations.FactsImportResult;
import ua.fakh.core.organizations.OrganizationFactsCsv;
import ua.fakh.core.security.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The facts of every organization as one CSV file, to download and to send back changed (administrators). */
@ApiProblems.SignedIn
@Controller("/api/organizations")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationFactsController {
    private final OrganizationFactsCsv facts;
    private final ErrorResponseProcessor<?> problems;

    OrganizationFactsController(OrganizationFactsCsv facts, ErrorResponseProcessor<?> problems) {
        this.facts = facts;
        this.problems = problems;
    }

    /** Without {@code produces}: a client accepting JSON first must still reach this file, not {@code GET /{id}}. */
    @Operation(summary = "Organisation facts as CSV.")
    @ApiResponse(responseCode = "200", description = "The facts as CSV (UTF-8).",
            content = @Content(mediaType = "text/csv; charset=UTF-8", schema = @Schema(type = "string")))
    @Get("/facts.csv")
    HttpResponse<byte[]> export(Caller caller) {
        return HttpResponse.ok(facts.export(caller)).contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("organization-facts.csv"));
    }

    /**
     * A {@code text/csv} body (UTF-8, a byte-order mark allowed), refused with 413 past
     * {@link OrganizationFactsCsv#MAX_BYTES} whether or not it declared its length. A wrong line is 422
     * naming every wrong cell as {@code lines[<line>].<column>}, and nothing changes.
     */
    @Operation(summary = "Imports organisation facts from CSV.")
    @ApiProblems.Upload
    @ApiProblems.Unprocessable
    @Post(value = "/facts", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    FactsImportResult apply(@Body InputStream csv, Caller caller, HttpRequest<?> request) throws IOException {
        if (request.getContentLength() > OrganizationFactsCsv.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (csv) {
            bytes = SizeLimitedInputStream.readAtMost(csv, OrganizationFactsCsv.MAX_BYTES, OrganizationFactsController::tooLarge);
        }
        return facts.apply(new String(bytes, StandardCharsets.UTF_8), caller);
    }

    /**
     * The usual problem, and the connection closed after it: the rest of the body was never read, so
     * the connection cannot carry another request (a client reusing it would wait for ever).
     */
    @Error(exception = PayloadTooLargeException.class)
    HttpResponse<?> refused(HttpRequest<?> request, PayloadTooLargeException tooLarge) {
        return problems.processResponse(ErrorContext.builder(request).cause(tooLarge).build(),
                HttpResponse.status(tooLarge.status()).header(HttpHeaders.CONNECTION, "close"));
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("problem.facts.tooLarge", OrganizationFactsCsv.MAX_BYTES / (1024 * 1024));
    }
}
