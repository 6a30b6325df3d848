package ua.fakh.certificates.issuing;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.UUID;

/** HR's spreadsheets of its organization subtree's certificates under a filter, and the courses it can filter by. */
public interface CertificateReports {

    /** UTF-8 with a byte-order mark, so spreadsheet programs read the Cyrillic right. */
    byte[] csv(UUID organizationId, CertificateFilter filter, Caller caller);

    byte[] xlsx(UUID organizationId, CertificateFilter filter, Caller caller);

    /** The courses the subtree's certificates were issued for, by title: the choices of the course filter. */
    List<CourseOption> courses(UUID organizationId, Caller caller);

    @io.micronaut.serde.annotation.Serdeable
    record CourseOption(UUID id, String title) {
    }
}
