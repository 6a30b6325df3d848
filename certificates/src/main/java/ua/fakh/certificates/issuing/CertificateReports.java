package ua.fakh.certificates.issuing;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** HR's spreadsheets of its organization subtree's certificates under a filter, and the courses it can filter by. */
public interface CertificateReports {

    /**
     * In the reader's language, for Excel with Ukrainian regional settings: UTF-8 with a byte-order mark,
     * {@code ;} between cells, a decimal comma in Ukrainian, dates 05.10.2026, statuses as words.
     */
    byte[] csv(UUID organizationId, CertificateFilter filter, Caller caller, Locale locale);

    /** In the reader's language; hours, credits and dates as number and date cells. */
    byte[] xlsx(UUID organizationId, CertificateFilter filter, Caller caller, Locale locale);

    /** The courses the subtree's certificates were issued for, by title: the choices of the course filter. */
    List<CourseOption> courses(UUID organizationId, Caller caller);

    @io.micronaut.serde.annotation.Serdeable
    record CourseOption(UUID id, String title) {
    }
}
