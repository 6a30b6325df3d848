package ua.fakh.core.notifications;

/** A small text file sent with a notice, such as a session's {@code .ics} ({@code text/calendar}). */
public record NoticeAttachment(String fileName, String contentType, String content) {
}
