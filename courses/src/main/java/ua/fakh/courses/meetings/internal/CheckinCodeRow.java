package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("meeting_checkin_codes")
record CheckinCodeRow(@Id UUID id, UUID sessionId, String code, Instant opensAt, Instant closesAt, UUID createdBy) {

    boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
