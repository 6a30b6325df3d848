package ua.fakh.courses.spi;

/** The provider could not be reached or answered with an error: nothing was changed on Fakh's side. */
public class MeetingUnavailableException extends RuntimeException {

    public MeetingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public MeetingUnavailableException(String message) {
        super(message);
    }
}
