package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issued certificates: the one door. Issuing happens once per enrollment, on completion; a trainer
 * may also issue in bulk for those who meet the course rule. Holders see their own, HR its own
 * organization subtree, the issuing trainer and administrators those they are responsible for.
 */
public interface Certificates {

    /** What {@link #reissue} puts before the reason of the certificate it replaces. */
    String SUPERSEDED_REASON_PREFIX = "superseded: ";

    List<CertificateView> mine(Caller holder);

    CertificateView get(UUID certificateId, Caller caller);

    IssueReport issueForCourse(UUID courseId, List<UUID> userIds, Caller trainer);

    /** Issues to every learner of a blended cohort whose attendance and results meet the course rule; the others are reported with the reason. */
    IssueReport issueForCohort(UUID courseId, UUID cohortId, Caller trainer);

    /** Every certificate of the course, newest first: its trainers and administrators. */
    List<CertificateView> ofCourse(UUID courseId, Caller trainer);

    CertificateView revoke(UUID certificateId, String reason, Caller actor);

    /** A new certificate replacing this one (a corrected name, say): the old one shows as superseded. */
    CertificateView reissue(UUID certificateId, String reason, Caller actor);

    /** The public check by verification code; empty for unknown codes. */
    Optional<PublicCertificate> check(String code);

    /**
     * The public check by the registration number printed on the certificate, with the holder's surname
     * (or any one of the names) as printed: numbers run in sequence, so the number alone would let anyone
     * list the register's names. Empty when either does not match; the two misses look alike.
     */
    Optional<PublicCertificate> checkByNumber(String registrationNumber, String holderName);

    /** Compares an uploaded PDF with the one issued under {@code code}; empty for unknown codes. */
    Optional<PdfMatch> checkPdf(String code, byte[] pdf);

    /** The largest PDF the public check reads (an issued certificate is far smaller); larger uploads are refused with 413 while they stream. */
    int MAX_CHECKED_PDF_BYTES = 10 * 1024 * 1024;

    /** Certificates of people in the organization's subtree. */
    PageView<CertificateView> ofOrganization(UUID organizationId, CertificateFilter filter, Caller caller,
                                                  @Nullable Integer page, @Nullable Integer size);

    /**
     * The signed PDFs of {@link #ofOrganization}'s certificates under this filter, as a ZIP written while it is
     * read (one entry per certificate, named by registration number and holder, UTF-8). Access is checked
     * before this returns; the caller closes the stream.
     */
    InputStream pdfZip(UUID organizationId, CertificateFilter filter, Caller caller);

    /** Hours and ECTS credits per person and year within the organization's subtree (attestation commissions ask for it). */
    List<HoursSummary> hoursSummary(UUID organizationId, @Nullable Integer year, Caller caller);
}
