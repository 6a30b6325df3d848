package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.core.notifications.Notifications;

import java.util.List;

/**
 * "Your certificate is issued", queued in the transaction that issues it (a completion, a trainer's
 * bulk issue, a reissue), so a certificate is never announced that was not issued. The PDF link is the
 * holder's download route, which renders the PDF on first use should the asynchronous rendering
 * ({@link CertificatePdfDue}) not have run yet.
 */
@Singleton
class CertificateNotices {
    private final Notifications notifications;
    private final String publicUrl;

    CertificateNotices(Notifications notifications, FakhSettings settings) {
        this.notifications = notifications;
        this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
    }

    /** Must run in the issuing transaction. */
    void issued(CertificateRow row, CertificateSnapshot snapshot) {
        if (!CertificateRow.ISSUED.equals(row.status())) {
            return;
        }
        Bilingual course = new Bilingual(snapshot.courseTitle(), snapshot.courseTitleEn());
        notifications.send(new Notice("certificate-issued:" + row.id(), row.userId(), NoticeKind.CERTIFICATE_ISSUED,
                NoticeText.of("notice.certificateIssued.subject", course),
                List.of(NoticeText.of("notice.certificateIssued.body", course, row.serialNumber()),
                        NoticeText.of("notice.certificateIssued.pdf", publicUrl + "/certificates/" + row.id() + "/pdf"),
                        NoticeText.of("notice.certificateIssued.verify", publicUrl + "/verify/" + row.verificationCode())),
                null, null, null)
                .withAction(NoticeText.of("notice.certificateIssued.action"), "/certificates")
                .about(CertificateTopic.NAME, row.id()));
    }
}
