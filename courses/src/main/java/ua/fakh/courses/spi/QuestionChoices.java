package ua.fakh.courses.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What question types with a list of options (choices, matching sides) share. */
public final class QuestionChoices {

    private QuestionChoices() {
    }

    /**
     * The options as a learner sees them, {@code [{id, text}]} and nothing else, in the stored order
     * or shuffled by {@code seed}.
     */
    public static List<Map<String, Object>> forLearner(List<Map<String, Object>> options, String textKey,
                                                       long seed, boolean shuffle) {
        List<Map<String, Object>> visible = options.stream()
                .map(o -> QuestionMaps.of("id", o.get("id"), "text", o.get(textKey)))
                .toList();
        return shuffle ? QuestionShuffle.shuffled(visible, seed) : visible;
    }

    /** The options by id, in the stored order. */
    public static Map<String, Map<String, Object>> byId(List<Map<String, Object>> options) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        options.forEach(o -> byId.put((String) o.get("id"), o));
        return byId;
    }
}
