package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import ua.fakh.core.common.JsonColumns;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.courses.spi.MeetingCallback;
import ua.fakh.courses.spi.MeetingProvider;
import ua.fakh.courses.spi.MeetingRejectedException;
import ua.fakh.courses.spi.MeetingReport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A call from a session's meeting provider to its report address: the session's provider reads it
 * (and checks it is genuine) before anything is written; then the report is stored once. A call for
 * a session without a meeting, or whose provider is gone, is 404; a refused call is 400, nothing kept.
 */
@Singleton
class MeetingReports {
    static final String UNKNOWN_SESSION = "problem.meetingReport.unknownSession";

    private final SessionMeetingRepository sessions;
    private final MeetingProviders providers;
    private final MeetingReportStore store;
    private final JsonColumns json;

    MeetingReports(SessionMeetingRepository sessions, MeetingProviders providers, MeetingReportStore store, JsonColumns json) {
        this.sessions = sessions;
        this.providers = providers;
        this.store = store;
        this.json = json;
    }

    MeetingReportAnswer receive(UUID sessionId, String method, Map<String, List<String>> query, Map<String, String> headers,
                                @Nullable String contentType, byte[] body) {
        SessionMeetingRow session = sessions.findById(sessionId)
                .filter(row -> row.meetingProvider() != null && row.meetingRoom() != null)
                .orElseThrow(() -> new NotFoundException(UNKNOWN_SESSION));
        MeetingProvider provider = providers.find(session.meetingProvider()).orElseThrow(() -> new NotFoundException(UNKNOWN_SESSION));
        MeetingCallback callback = new MeetingCallback(json.read(session.meetingRoom(), StoredRoom.class).room(), method, query,
                headers, contentType, body);
        Optional<MeetingReport> report;
        try {
            report = provider.readCallback(callback);
        } catch (MeetingRejectedException refused) {
            throw new MeetingCallbackRefusedException(refused.messageKey());
        }
        if (report.isEmpty()) {
            return new MeetingReportAnswer(MeetingReportAnswer.Outcome.NOTHING_TO_RECORD, null);
        }
        MeetingReportStore.Stored stored = store(sessionId, provider.descriptor().id(), report.get());
        return new MeetingReportAnswer(stored.isNew() ? MeetingReportAnswer.Outcome.RECORDED : MeetingReportAnswer.Outcome.ALREADY_RECORDED,
                stored.reportId());
    }

    /**
     * A concurrent copy of the same report may fail on the unique key instead of waiting for it
     * (H2 does so): the copy that won answers for both.
     */
    private MeetingReportStore.Stored store(UUID sessionId, String provider, MeetingReport report) {
        try {
            return store.store(sessionId, provider, report).orElseGet(() -> awaitOther(provider, report.reportKey()));
        } catch (DataAccessException clash) {
            return store.existing(provider, report.reportKey()).orElseThrow(() -> clash);
        }
    }

    private MeetingReportStore.Stored awaitOther(String provider, String reportKey) {
        return store.existing(provider, reportKey).orElseThrow(() -> new IllegalStateException(
                "meeting report " + provider + "/" + reportKey + " claimed but not visible"));
    }
}
