package ua.fakh.certificates.issuing;

/**
 * The scheduled messages about certificates. Every node runs them every {@code fakh.notices.every};
 * the first to claim the day (or week) computes them ({@link ua.fakh.core.common.ScanOccasions}), and
 * event keys would send each message once even if two did.
 * <ul>
 *   <li>expiry (kind CERTIFICATE_EXPIRING), from {@code fakh.notices.expiry-at} Kyiv time: 60 and 30
 *   days before a certificate's last valid day ({@code cert-expiring-60d:<id>}, {@code cert-expiring-30d:<id>})
 *   and once it has expired ({@code cert-expired:<id>}, within 30 days after); never for a revoked
 *   certificate or one the holder has since received a newer certificate of the same course for;</li>
 *   <li>HR's weekly digest of its organization subtree (kind HR_DIGEST), Mondays from
 *   {@code fakh.notices.hr-digest-at} ({@code hr-digest:<user>:<ISO week>}).</li>
 * </ul>
 */
public interface CertificateNoticeScans {

    /** Queues the expiry notices due now; returns how many notices were handed over (tests). */
    int sendExpiryNotices();

    /** Queues this week's HR digests if it is time; returns how many were handed over (tests). */
    int sendHrDigests();
}
