package ua.fakh.web.certificates;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Files the certificate pages hand out: named so the browser saves them under a readable, UTF-8 name. */
final class Downloads {
    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static <T> MutableHttpResponse<T> file(T body, MediaType type, String disposition, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(body).contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition
                + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
