package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.MaterialResponses;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.spi.MaterialInfo;

import java.util.Optional;
import java.util.UUID;

@Singleton
class MaterialResponder implements MaterialResponses {
    private final Materials materials;

    MaterialResponder(Materials materials) {
        this.materials = materials;
    }

    @Override
    public MutableHttpResponse<?> serve(UUID id, boolean download, HttpRequest<?> request, @Nullable Caller caller) {
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
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.of(info.filename(), download));
        range.ifPresent(r -> response.header(HttpHeaders.CONTENT_RANGE, "bytes " + r.offset() + "-" + r.last() + "/" + info.size()));
        return response;
    }
}
