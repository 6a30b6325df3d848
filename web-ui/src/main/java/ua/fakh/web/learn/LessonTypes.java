package ua.fakh.web.learn;

import java.util.Map;

/** A lesson type's sign in outlines (characters every phone font has, not emoji, which older devices show as boxes) (its name comes from the UI strings, {@code learn.type.<id>}). */
public final class LessonTypes {
    private static final Map<String, String> ICONS = Map.of(
            "content_markdown", "¶", "content_video", "▶", "content_audio", "♪",
            "content_file", "▤", "content_link", "↗", "content_quiz", "✎");

    private LessonTypes() {
    }

    public static String icon(String type) {
        return ICONS.getOrDefault(type, "•");
    }

    /** The UI-string key naming the type; plugins the pages do not know fall back to a generic name. */
    public static String labelKey(String type) {
        return ICONS.containsKey(type) ? "learn.type." + type : "learn.type.other";
    }
}
