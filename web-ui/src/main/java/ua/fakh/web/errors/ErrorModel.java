package ua.fakh.web.errors;

/** The error page: its status and the message key ({@code <key>.title}, {@code <key>.text}). */
public record ErrorModel(int status, String key) {
}
