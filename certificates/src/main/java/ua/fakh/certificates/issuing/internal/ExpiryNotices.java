package ua.fakh.certificates.issuing.internal;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.Bilingual;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NoticeText;
import ua.fakh.courses.content.CourseRenewals;
import ua.fakh.courses.content.RenewalView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three occasions of a certificate's end: 60 and 30 days before its last valid day, and expired.
 * A certificate first seen inside a window (issued with a short validity, a node down for a while)
 * gets that window's message only; an expired one is told within {@link #TELL_EXPIRED_FOR_DAYS} days.
 */
@Singleton
class ExpiryNotices {
    static final int FIRST_DAYS = 60;
    static final int SECOND_DAYS = 30;
    static final int TELL_EXPIRED_FOR_DAYS = 30;

    private final CourseRenewals renewals;
    private final JsonMapper json;

    ExpiryNotices(CourseRenewals renewals, JsonMapper json) {
        this.renewals = renewals;
        this.json = json;
    }

    /** The certificates this scan may have to tell about, seen on {@code today}. */
    static LocalDate earliest(LocalDate today) {
        return today.minusDays(TELL_EXPIRED_FOR_DAYS);
    }

    static LocalDate latest(LocalDate today) {
        return today.plusDays(FIRST_DAYS);
    }

    /** The notice due on {@code today} for this current certificate. */
    Notice noticeFor(CertificateRow row, LocalDate today) {
        LocalDate lastDay = row.validUntil();
        long daysLeft = ChronoUnit.DAYS.between(today, lastDay);
        String occasion = daysLeft < 0 ? "cert-expired" : daysLeft <= SECOND_DAYS ? "cert-expiring-30d" : "cert-expiring-60d";
        CertificateSnapshot snapshot = snapshot(row);
        Bilingual course = new Bilingual(snapshot.courseTitle(), snapshot.courseTitleEn());
        String until = KyivTime.date(lastDay);
        boolean expired = daysLeft < 0;
        List<NoticeText> body = new ArrayList<>();
        body.add(NoticeText.of(expired ? "notice.certificateExpired.body" : "notice.certificateExpiring.body",
                row.serialNumber(), course, until));
        Optional<RenewalView.Course> renewal = renewals.renewalOf(row.courseId());
        renewal.ifPresent(r -> body.add(NoticeText.of("notice.certificateExpiring.renewal", new Bilingual(r.title(), r.titleEn()))));
        Notice notice = new Notice(occasion + ":" + row.id(), row.userId(), NoticeKind.CERTIFICATE_EXPIRING,
                NoticeText.of(expired ? "notice.certificateExpired.subject" : "notice.certificateExpiring.subject", course, until),
                body, null, null, null).about(CertificateTopic.NAME, row.id());
        return renewal.map(r -> notice.withAction(NoticeText.of("notice.certificateExpiring.enrol",
                        new Bilingual(r.title(), r.titleEn())), "/courses/" + r.id()))
                .orElseGet(() -> notice.withAction(NoticeText.of("notice.certificateExpiring.mine"), "/certificates"));
    }

    private CertificateSnapshot snapshot(CertificateRow row) {
        try {
            return json.readValue(row.snapshot(), CertificateSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
