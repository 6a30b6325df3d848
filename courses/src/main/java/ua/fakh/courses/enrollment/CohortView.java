package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.meetings.SessionMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group of a course (the participants of one blended training), with its sessions (in person, online or both). */
@Serdeable
public record CohortView(UUID id, UUID courseId, String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                         @Nullable Instant dueAt, @Nullable Integer minAttendancePercent, List<UUID> trainerIds,
                         List<Session> sessions, int members) {

    @Serdeable
    public record Session(UUID id, String title, Instant startsAt, BigDecimal hours, @Nullable String place, SessionMode mode,
                          @Nullable String meetingProvider) {

        public Session(UUID id, String title, Instant startsAt, BigDecimal hours, @Nullable String place) {
            this(id, title, startsAt, hours, place, SessionMode.IN_PERSON, null);
        }
    }
}
