package ua.fakh.courses.meetings.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.events.Outbox;
import ua.fakh.courses.meetings.MeetingReported;
import ua.fakh.courses.spi.MeetingReport;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps a provider's report once: the report row (unique per provider and report key), its stretches
 * and the {@link MeetingReported} event commit together or not at all. A report stored before,
 * or being stored by a concurrent call, makes this one store nothing.
 */
@Singleton
class MeetingReportStore {
    private final MeetingReportRepository reports;
    private final MeetingStretchRepository stretches;
    private final Outbox outbox;
    private final Clock clock;

    MeetingReportStore(MeetingReportRepository reports, MeetingStretchRepository stretches, Outbox outbox, Clock clock) {
        this.reports = reports;
        this.stretches = stretches;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The report's id, and whether this call stored it; empty when a concurrent copy is not yet visible. */
    @Transactional
    Optional<Stored> store(UUID sessionId, String provider, MeetingReport report) {
        UUID id = Ids.newId();
        if (reports.claim(id, sessionId, provider, report.reportKey(), clock.instant()) == 0) {
            return existing(provider, report.reportKey());
        }
        stretches.saveAll(report.stretches().stream().map(stretch -> new MeetingStretchRow(Ids.newId(), id, sessionId,
                stretch.userId(), stretch.externalId(), stretch.name(), stretch.joinedAt(), stretch.leftAt())).toList());
        outbox.publish(new MeetingReported(sessionId, id));
        return Optional.of(new Stored(id, true));
    }

    Optional<Stored> existing(String provider, String reportKey) {
        return reports.findByProviderAndReportKey(provider, reportKey).map(row -> new Stored(row.id(), false));
    }

    record Stored(UUID reportId, boolean isNew) {
    }
}
