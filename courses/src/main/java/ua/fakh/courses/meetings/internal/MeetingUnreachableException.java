package ua.fakh.courses.meetings.internal;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;

/** 502: the meeting provider could not be reached or answered with an error; nothing was stored. */
class MeetingUnreachableException extends FakhException {

    MeetingUnreachableException() {
        super(HttpStatus.BAD_GATEWAY, "problem.meeting.unavailable");
    }
}
