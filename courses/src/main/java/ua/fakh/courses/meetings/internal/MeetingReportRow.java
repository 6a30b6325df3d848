package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("meeting_reports")
record MeetingReportRow(@Id UUID id, UUID sessionId, String provider, String reportKey, Instant receivedAt) {
}
