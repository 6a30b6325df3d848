package ua.fakh.web.certificates;

import ua.fakh.certificates.issuing.CertificateReports;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.core.common.PageView;
import ua.fakh.web.page.Pager;

import java.util.List;
import java.util.UUID;

/** HR's certificates page: the filter, its course choices, one page of results and where the exports are. */
public record HrCertificatesModel(UUID organizationId, String organizationName, HrFilter filter,
                                  List<CertificateReports.CourseOption> courses, PageView<CertificateView> page) {

    /** The export at {@code /hr/certificates.<extension>} of exactly what the filter shows (all pages). */
    public String export(String extension) {
        return "/hr/certificates." + extension + "?" + scope();
    }

    public Pager pager() {
        return Pager.of(page, number -> "/hr/certificates?" + scope() + "&page=" + number);
    }

    private String scope() {
        String query = filter.query();
        return "org=" + organizationId + (query.isEmpty() ? "" : "&" + query);
    }
}
