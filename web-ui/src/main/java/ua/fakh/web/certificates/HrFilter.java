package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.web.page.FormIds;
import ua.fakh.certificates.issuing.CertificateFilter;
import ua.fakh.certificates.issuing.CertificateStatus;
import ua.fakh.web.page.PageContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HR's filter as the form sends it: every field may be empty (an untouched form sends {@code from=}),
 * and a value that does not parse is ignored rather than refused, so the list still shows.
 */
public record HrFilter(String q, String course, String from, String to, String status) {

    static HrFilter of(@Nullable String q, @Nullable String course, @Nullable String from, @Nullable String to,
                       @Nullable String status) {
        return new HrFilter(text(q), text(course), text(from), text(to), text(status));
    }

    CertificateFilter toFilter() {
        return new CertificateFilter(q.isEmpty() ? null : q, FormIds.orNull(course), date(from), date(to), status(status));
    }

    /** The same filter as a query string, for the export links and the pager. */
    public String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("course", course);
        values.put("from", from);
        values.put("to", to);
        values.put("status", status);
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (!v.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(PageContext.encode(v));
            }
        });
        return sb.toString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static CertificateStatus status(String value) {
        for (CertificateStatus s : CertificateStatus.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
