package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.PayloadTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where a session's meeting provider calls when the meeting is over (the address Fakh gave it when
 * the room was opened). Open to anyone at the HTTP level, since the provider signs in as nobody: the
 * provider's plugin checks the call's checksum or signature before anything is kept.
 */
@ApiProblems.Public
@Controller("/api/public/meetings")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeetingReportController {
    /** A report of a few hundred people is tens of kilobytes; far more is not a report. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final MeetingReports reports;
    private final ErrorResponseProcessor<?> problems;

    MeetingReportController(MeetingReports reports, ErrorResponseProcessor<?> problems) {
        this.reports = reports;
        this.problems = problems;
    }

    @Operation(summary = "A meeting provider's notice that a session's meeting ended (no body).", security = {})
    @Get("/{sessionId}/report")
    MeetingReportAnswer meetingEnded(UUID sessionId, HttpRequest<?> request) {
        return reports.receive(sessionId, "GET", request.getParameters().asMap(), headers(request), null, new byte[0]);
    }

    @Operation(summary = "A meeting provider's report of a session's meeting: who was there, from when to when.", security = {})
    @ApiProblems.Upload
    @Post(value = "/{sessionId}/report", consumes = MediaType.ALL)
    MeetingReportAnswer meetingReport(UUID sessionId, @Nullable @Body InputStream body, HttpRequest<?> request) throws IOException {
        if (request.getContentLength() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = new byte[0];
        if (body != null) {
            try (body) {
                bytes = SizeLimitedInputStream.readAtMost(body, MAX_BYTES, MeetingReportController::tooLarge);
            }
        }
        String contentType = request.getContentType().map(MediaType::toString).orElse(null);
        return reports.receive(sessionId, "POST", request.getParameters().asMap(), headers(request), contentType, bytes);
    }

    /** The usual problem, and the connection closed after it: the rest of the body was never read. */
    @Error(exception = PayloadTooLargeException.class)
    HttpResponse<?> refused(HttpRequest<?> request, PayloadTooLargeException tooLarge) {
        return problems.processResponse(ErrorContext.builder(request).cause(tooLarge).build(),
                HttpResponse.status(tooLarge.status()).header(HttpHeaders.CONNECTION, "close"));
    }

    private static Map<String, String> headers(HttpRequest<?> request) {
        Map<String, String> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return headers;
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("problem.body.tooLarge", MAX_BYTES);
    }
}
