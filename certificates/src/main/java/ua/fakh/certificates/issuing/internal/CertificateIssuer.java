package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues a certificate inside the caller's transaction, exactly once per {@code issueKey}: an existing
 * certificate with that key is returned as it is (a second delivery, a retry, a second node).
 */
@Singleton
class CertificateIssuer {
    private final CertificateRepository certificates;
    private final CounterRepository counters;
    private final SerialNumbers serials;
    private final ProviderSettings settings;
    private final SnapshotFactory snapshots;
    private final CourseRecords courses;
    private final JsonMapper json;
    private final AuditLog audit;
    private final CertificateNotices notices;
    private final Clock clock;

    CertificateIssuer(CertificateRepository certificates, CounterRepository counters, SerialNumbers serials,
                      ProviderSettings settings, SnapshotFactory snapshots, CourseRecords courses, JsonMapper json,
                      AuditLog audit, CertificateNotices notices, Clock clock) {
        this.certificates = certificates;
        this.counters = counters;
        this.serials = serials;
        this.settings = settings;
        this.snapshots = snapshots;
        this.courses = courses;
        this.json = json;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    record Issued(CertificateRow row, boolean isNew) {
    }

    Issued issue(String issueKey, @Nullable UUID enrollmentId, SnapshotFactory.Facts facts, Caller actor) {
        Optional<CertificateRow> existing = certificates.findByIssueKey(issueKey);
        if (existing.isPresent()) {
            return new Issued(existing.get(), false);
        }
        UUID providerId = courses.facts(facts.courseId(), facts.courseVersion()).providerId();
        ProviderSettingsRow provider = settings.of(providerId);
        Instant now = clock.instant();
        int year = KyivTime.day(now).getYear();
        serials.queue(provider.providerCode(), year);
        // a second node or thread issuing the same key got here first and has committed: return its certificate
        Optional<CertificateRow> raced = certificates.findByIssueKey(issueKey);
        if (raced.isPresent()) {
            return new Issued(raced.get(), false);
        }
        String serial = serials.next(provider.providerCode(), provider.serialPattern(), year);
        counters.incrementStatusIndex();
        long statusIndex = counters.currentStatusIndex();
        UUID id = Ids.newId();
        String code = VerificationCodes.next();
        CertificateSnapshot snapshot = snapshots.snapshot(id, serial, code, facts, now);
        CertificateRow row = certificates.save(new CertificateRow(id, issueKey, enrollmentId, facts.userId(), facts.courseId(),
                providerId, serial, code, CertificateRow.ISSUED, write(snapshot), now, actor.userId(), snapshot.validUntil(),
                null, null, null, null, statusIndex, null, null,
                SearchText.fold(snapshot.holderName(), snapshot.courseTitle(), snapshot.courseTitleEn(), serial)));
        audit.record(actor, "CERTIFICATE_ISSUED", "certificate", id, Map.of("serialNumber", serial,
                "userId", facts.userId(), "courseId", facts.courseId(), "issueKey", issueKey));
        notices.issued(row, snapshot);
        return new Issued(row, true);
    }

    private String write(CertificateSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
