package ua.fakh.certificates.issuing.internal;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.issuing.CertificateFilter;
import ua.fakh.core.common.SearchText;

import java.time.Instant;

/** HR's filter turned into the arguments of {@link CertificateRepository#inSubtree}: unused filters as empty strings or open dates. */
record CertificateSearch(String pathPrefix, String person, String course, Instant from, Instant to, String status) {
    /** Exports stop here: more than a personnel department's report ever needs, and a bound on the work. */
    static final int EXPORT_LIMIT = 50_000;

    static CertificateSearch of(String organizationPath, CertificateFilter filter) {
        Instant from = filter.from() == null ? Instant.EPOCH : KyivTime.startOf(filter.from());
        Instant to = filter.to() == null ? Instant.parse("9999-01-01T00:00:00Z")
                : KyivTime.startOf(filter.to().plusDays(1));
        return new CertificateSearch(organizationPath + "%", SearchText.containsPattern(filter.person()),
                filter.courseId() == null ? "" : filter.courseId().toString(), from, to,
                filter.status() == null ? "" : filter.status().name());
    }

    Page<CertificateRow> page(CertificateRepository certificates, Pageable pageable) {
        return certificates.inSubtree(pathPrefix, person, course, from, to, status, pageable);
    }
}
