package ua.fakh.certificates.issuing.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.certificates.issuing.CertificateFilter;
import ua.fakh.certificates.issuing.CertificateReports;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Singleton
class CertificateReportService implements CertificateReports {
    private final Certificates certificates;
    private final CertificateExports exports;
    private final CertificateRepository rows;
    private final CertificateAccess access;

    CertificateReportService(Certificates certificates, CertificateExports exports, CertificateRepository rows,
                             CertificateAccess access) {
        this.certificates = certificates;
        this.exports = exports;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public byte[] csv(UUID organizationId, CertificateFilter filter, Caller caller, Locale locale) {
        return exports.csv(all(organizationId, filter, caller), locale);
    }

    @Override
    public byte[] xlsx(UUID organizationId, CertificateFilter filter, Caller caller, Locale locale) {
        return exports.xlsx(all(organizationId, filter, caller), locale);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CourseOption> courses(UUID organizationId, Caller caller) {
        access.checkOrganization(organizationId, caller);
        return rows.coursesInSubtree(rows.organizationPath(organizationId).orElseThrow() + "%").stream()
                .map(c -> new CourseOption(c.id(), c.title())).toList();
    }

    private List<CertificateView> all(UUID id, CertificateFilter filter, Caller caller) {
        List<CertificateView> all = new ArrayList<>();
        int page = 0;
        PageView<CertificateView> batch;
        do {
            batch = certificates.ofOrganization(id, filter, caller, page++, Paging.MAX_SIZE);
            all.addAll(batch.content());
        } while (all.size() < batch.totalSize() && all.size() < CertificateSearch.EXPORT_LIMIT && !batch.content().isEmpty());
        return all;
    }
}
