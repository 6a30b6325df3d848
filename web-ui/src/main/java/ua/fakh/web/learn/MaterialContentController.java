package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.spi.MaterialInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /materials/{id}/content}: a course file for the signed-in browser (enrolled learners and the
 * course's trainers; the Materials door checks), with {@code Range} (206) so players can seek and
 * a weak connection can resume, and {@code ETag}/{@code If-None-Match} (304).
 */
@Hidden
@Controller("/materials")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MaterialContentController {
    private final Materials materials;

    MaterialContentController(Materials materials) {
        this.materials = materials;
    }

    @Get("/{id}/content")
    MutableHttpResponse<?> content(UUID id, @Nullable @QueryValue Boolean download, HttpRequest<?> request, Caller caller) {
        MaterialInfo info = materials.describe(id, caller);
        String etag = "\"" + info.sha256() + "\"";
        if (etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag);
        }
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(request.getHeaders().get(HttpHeaders.RANGE), info.size());
        } catch (ByteRange.Unsatisfiable unsatisfiable) {
            return HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + unsatisfiable.size);
        }
        long offset = range.map(ByteRange::offset).orElse(0L);
        long length = range.map(ByteRange::length).orElse(info.size());
        Materials.Download opened = materials.open(id, caller, offset, length);
        MutableHttpResponse<StreamedFile> response = HttpResponse.status(range.isPresent() ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK);
        response.body(new StreamedFile(opened.content(), MediaType.of(info.mediaType()), 0, length));
        response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(info.filename(), Boolean.TRUE.equals(download)));
        range.ifPresent(r -> response.header(HttpHeaders.CONTENT_RANGE, "bytes " + r.offset() + "-" + r.last() + "/" + info.size()));
        return response;
    }

    /** An ASCII fallback and the real (Cyrillic) name UTF-8 encoded (RFC 6266), so every browser keeps the name. */
    static String disposition(String filename, boolean attachment) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
