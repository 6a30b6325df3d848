package ua.fakh.core.plugins;

/** A plugin set Fakh refuses to start with (malformed or duplicate id, wrong type). */
public class InvalidPluginException extends RuntimeException {
    public InvalidPluginException(String message) {
        super(message);
    }
}
