package ua.fakh.courses.plugins.content_quiz;

import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.spi.ContentForm;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quiz's stored content as its form shows it: the time limit in whole minutes (stored in seconds)
 * and the opening and closing instants as Kyiv wall-clock times, the value a {@code datetime-local}
 * input takes. Content that came back refused keeps what the trainer typed.
 */
final class QuizFormValues {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private QuizFormValues() {
    }

    static ContentForm shown(ContentForm form) {
        Map<String, Object> content = new LinkedHashMap<>(form.content());
        if (!content.containsKey("timeLimitMinutes") && content.get("timeLimitSeconds") instanceof Number seconds) {
            content.put("timeLimitMinutes", (seconds.intValue() + 59) / 60);
        }
        for (String field : new String[]{"opensAt", "closesAt"}) {
            if (content.get(field) instanceof String text) {
                content.put(field, kyivWallClock(text));
            }
        }
        return new ContentForm(form.courseId(), content, form.errors(), form.materials(), form.materialsUrl(), form.locale());
    }

    private static String kyivWallClock(String text) {
        try {
            return LOCAL.format(Instant.parse(text).atZone(KyivTime.ZONE));
        } catch (DateTimeParseException typedByHand) {
            return text;
        }
    }
}
