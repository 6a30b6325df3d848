package ua.fakh.courses.spi;

/** The provider cannot use what it was given, or a callback is malformed or not genuine: {@code messageKey} says why. */
public class MeetingRejectedException extends RuntimeException {
    private final String messageKey;

    public MeetingRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
