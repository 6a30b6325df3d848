package ua.fakh.courses.meetings.internal;

import io.micronaut.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.errors.FakhException;
import ua.fakh.courses.spi.MeetingUnavailableException;

/** 502: the meeting provider could not be used; nothing was stored. The person reads why, the log keeps the provider's answer. */
class MeetingUnreachableException extends FakhException {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingUnreachableException.class);

    private MeetingUnreachableException(String messageKey) {
        super(HttpStatus.BAD_GATEWAY, messageKey);
    }

    static MeetingUnreachableException of(MeetingUnavailableException unavailable) {
        LOG.warn("Meeting provider unavailable", unavailable);
        return new MeetingUnreachableException(unavailable.reason().messageKey());
    }

    /** The session names a provider this installation no longer has (its plugin switched off or removed). */
    static MeetingUnreachableException providerGone(String provider) {
        LOG.warn("Meeting provider {} is not installed", provider);
        return new MeetingUnreachableException(MeetingUnavailableException.Reason.NOT_CONFIGURED.messageKey());
    }
}
