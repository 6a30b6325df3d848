package ua.fakh.web.certificates;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import ua.fakh.core.common.ContentDisposition;

/** Files the certificate pages hand out: named so the browser saves them under a readable, UTF-8 name. */
final class Downloads {
    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static <T> MutableHttpResponse<T> attachment(T body, MediaType type, String name) {
        return HttpResponse.ok(body).contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name));
    }
}
