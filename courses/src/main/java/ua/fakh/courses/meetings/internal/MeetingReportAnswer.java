package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * What Fakh did with a provider's call: {@code RECORDED} (stored now), {@code ALREADY_RECORDED} (a
 * retry: stored before, under {@code reportId}) or {@code NOTHING_TO_RECORD} (a call that carries
 * no attendance, such as BigBlueButton's end-of-meeting notice).
 */
@Serdeable
record MeetingReportAnswer(Outcome outcome, @Nullable UUID reportId) {

    enum Outcome { RECORDED, ALREADY_RECORDED, NOTHING_TO_RECORD }
}
