package ua.fakh.web.analytics.export;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.courses.analytics.AnalyticsFilter;

/**
 * Exported files as responses: saved (never shown inline) under a name in the reader's language that says
 * what and when ("Охоплення за громадами, 2026-01-01–2026-12-31.csv"), kept whole in every browser by
 * {@link ContentDisposition}, and never cached: the numbers are of this moment and this caller.
 */
final class ExportFiles {
    private static final int MOST_NAME_CHARACTERS = 120;

    private ExportFiles() {
    }

    static MutableHttpResponse<byte[]> attachment(byte[] body, String mediaType, String title, AnalyticsFilter filter, String extension) {
        return HttpResponse.ok(body).contentType(MediaType.of(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name(title, filter) + "." + extension))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The title and the period, without the characters file systems refuse. */
    static String name(String title, AnalyticsFilter filter) {
        String period = filter.from() == null && filter.to() == null ? ""
                : ", " + (filter.from() == null ? "" : filter.from().toString()) + "–" + (filter.to() == null ? "" : filter.to().toString());
        String clean = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (clean.length() > MOST_NAME_CHARACTERS) {
            clean = clean.substring(0, MOST_NAME_CHARACTERS).strip();
        }
        return (clean.isEmpty() ? "fakh" : clean) + period;
    }
}
