package ua.fakh.courses.spi;

/**
 * The provider could not be used: nothing was changed on Fakh's side. {@link Reason} says why in words a
 * person reads (a message key); {@code provider} and {@code detail} are facts for the log only (the call
 * made, the server's own answer), never shown, so they stay untranslated data rather than sentences.
 */
public class MeetingUnavailableException extends RuntimeException {

    /** Why, as the page and the API word it. */
    public enum Reason {
        /** An administrator has not given the server or its secret. */
        NOT_CONFIGURED("problem.meeting.notConfigured"),
        /** No answer, or one that is not the provider's. */
        UNREACHABLE("problem.meeting.unavailable"),
        /** The provider answered and said no. */
        REFUSED("problem.meeting.refused");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public MeetingUnavailableException(Reason reason, String provider, String detail, Throwable cause) {
        super(reason + " " + provider + ": " + detail, cause);
        this.reason = reason;
    }

    public MeetingUnavailableException(Reason reason, String provider, String detail) {
        this(reason, provider, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
