package ua.fakh.core.notifications;

import java.util.List;

/**
 * One sentence of a notice: a bundle key (from any module's bundle, or a plugin's) and its
 * arguments, put in the recipient's language when the notice is queued. An argument that is a
 * {@link Bilingual} shows in that language; anything else as its {@code toString()}.
 */
public record NoticeText(String key, List<Object> arguments) {

    public NoticeText {
        arguments = List.copyOf(arguments);
    }

    public static NoticeText of(String key, Object... arguments) {
        return new NoticeText(key, List.of(arguments));
    }
}
