package ua.fakh.certificates.issuing.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.certificates.issuing.CertificateNoticeScans;
import ua.fakh.core.common.KyivSchedule;
import ua.fakh.core.common.ScanOccasions;
import ua.fakh.core.config.NoticeScanSettings;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.Notifications;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Singleton
class CertificateScans implements CertificateNoticeScans {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateScans.class);

    private final NoticeScanRepository scans;
    private final ExpiryNotices expiry;
    private final HrDigest hr;
    private final Notifications notifications;
    private final NoticeScanSettings settings;
    private final ScanOccasions occasions;
    private final Clock clock;

    CertificateScans(NoticeScanRepository scans, ExpiryNotices expiry, HrDigest hr, Notifications notifications,
                     NoticeScanSettings settings, ScanOccasions occasions, Clock clock) {
        this.scans = scans;
        this.expiry = expiry;
        this.hr = hr;
        this.notifications = notifications;
        this.settings = settings;
        this.occasions = occasions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${fakh.notices.every:5m}", initialDelay = "${fakh.notices.first-scan:1m}")
    void scan() {
        try {
            sendExpiryNotices();
            sendHrDigests();
        } catch (RuntimeException e) {
            LOG.warn("A certificate notice scan failed; the next scan tries again: {}", e.getMessage());
        }
    }

    @Override
    @Transactional
    public int sendExpiryNotices() {
        Optional<LocalDate> today = KyivSchedule.dailyAt(clock.instant(), settings.expiryAt());
        if (today.isEmpty() || !occasions.claim("certificate-expiry", today.get().toString())) {
            return 0;
        }
        int handed = 0;
        for (CertificateRow row : scans.currentValidUntilBetween(ExpiryNotices.earliest(today.get()), ExpiryNotices.latest(today.get()))) {
            notifications.send(expiry.noticeFor(row, today.get()));
            handed++;
        }
        return handed;
    }

    @Override
    @Transactional
    public int sendHrDigests() {
        Instant now = clock.instant();
        Optional<LocalDate> monday = KyivSchedule.weeklyAt(now, DayOfWeek.MONDAY, settings.hrDigestAt());
        if (monday.isEmpty() || !occasions.claim("hr-digest", KyivSchedule.isoWeek(monday.get()))) {
            return 0;
        }
        int handed = 0;
        for (NoticeScanRepository.HrReader reader : scans.hrReaders()) {
            Optional<Notice> digest = hr.digest(reader, monday.get(), now);
            if (digest.isPresent()) {
                notifications.send(digest.get());
                handed++;
            }
        }
        return handed;
    }
}
