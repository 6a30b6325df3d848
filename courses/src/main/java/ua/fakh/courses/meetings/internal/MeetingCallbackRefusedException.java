package ua.fakh.courses.meetings.internal;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;

/** A provider's plugin refused a call to the report address (malformed, not signed, another meeting): 400 with its reason. */
class MeetingCallbackRefusedException extends FakhException {
    MeetingCallbackRefusedException(String messageKey) {
        super(HttpStatus.BAD_REQUEST, messageKey);
    }
}
