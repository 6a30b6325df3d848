package ua.fakh.certificates.issuing.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.certificates.issuing.PdfArchiveTimestamps;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.ArchiveTimestamps;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.common.ScanOccasions;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.storage.StoredBlob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Extends stored certificate PDFs to PAdES-BASELINE-LTA before the certificates that prove their newest
 * signature or timestamp expire. Once a day per cluster (a claimed scan occasion); the new version is
 * written under a new blob key, so a failed write leaves the old file and row as they were.
 */
@Singleton
class ArchiveTimestampJob implements PdfArchiveTimestamps {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveTimestampJob.class);
    private static final int PAGE = 200;
    /** Databases order UUIDs by their bytes, unsigned: all zeros comes first. */
    private static final UUID FIRST = new UUID(0, 0);

    private final ArchiveTimestampRepository archive;
    private final CertificateRepository certificates;
    private final SigningKeys keys;
    private final Blobs blobs;
    private final ScanOccasions occasions;
    private final Clock clock;
    private final Duration extendBefore;

    ArchiveTimestampJob(ArchiveTimestampRepository archive, CertificateRepository certificates, SigningKeys keys, Blobs blobs,
                        ScanOccasions occasions, Clock clock, @Value("${fakh.lta.extend-before:365d}") Duration extendBefore) {
        this.archive = archive;
        this.certificates = certificates;
        this.keys = keys;
        this.blobs = blobs;
        this.occasions = occasions;
        this.clock = clock;
        this.extendBefore = extendBefore;
    }

    @Scheduled(fixedDelay = "${fakh.lta.every:1h}", initialDelay = "${fakh.lta.first-scan:10m}")
    void scan() {
        try {
            extendDue();
        } catch (RuntimeException e) {
            LOG.warn("Re-timestamping certificate PDFs failed; the next scan tries again: {}", e.getMessage());
        }
    }

    @Override
    @Transactional
    public int extendDue() {
        Instant now = clock.instant();
        if (!occasions.claim("pdf-lta", KyivTime.day(now).toString())) {
            return 0;
        }
        int extended = 0;
        UUID after = FIRST;
        List<CertificateRow> page;
        do {
            page = archive.withPdfAfter(after, PAGE);
            for (CertificateRow row : page) {
                extended += extendIfDue(row, now) ? 1 : 0;
                after = row.id();
            }
        } while (page.size() == PAGE);
        return extended;
    }

    private boolean extendIfDue(CertificateRow row, Instant now) {
        byte[] pdf;
        try (InputStream in = blobs.store().read(row.pdfBlobKey(), 0, -1)) {
            pdf = in.readAllBytes();
        } catch (IOException e) {
            LOG.warn("The PDF of certificate {} could not be read for re-timestamping: {}", row.id(), e.getMessage());
            return false;
        }
        Optional<Instant> expires = ArchiveTimestamps.newestProofExpires(pdf);
        if (expires.isEmpty() || expires.get().isAfter(now.plus(extendBefore))) {
            return false;
        }
        byte[] extended = ArchiveTimestamps.extend(pdf, keys.evidence());
        String key = "certificates/" + row.id() + "-" + now.toEpochMilli() + ".pdf";
        try {
            StoredBlob stored = blobs.store().write(key, new ByteArrayInputStream(extended), extended.length);
            archive.log(Ids.newId(), row.id(), row.pdfSha256(), stored.sha256(), expires.get(), now);
            certificates.update(row.withPdf(key, stored.sha256()));
        } catch (IOException e) {
            LOG.warn("The re-timestamped PDF of certificate {} could not be stored: {}", row.id(), e.getMessage());
            return false;
        }
        LOG.info("Re-timestamped the PDF of certificate {} (its newest proof expired {})", row.id(), expires.get());
        return true;
    }
}
