package ua.fakh.courses.plugins.qformat_gift;

import java.util.List;
import java.util.Random;

/**
 * Random GIFT questions of every kind, with words full of what GIFT treats specially (escapes,
 * markers, apostrophes, blanks, non-breaking spaces). Most read as questions; some, on purpose, do not.
 */
final class GiftQuestionGenerator {
    private static final List<String> WORDS = List.of("сім'я", "Соціальна", "послуга", "супровід", "“лапки”", "«так»",
            "\\{", "\\}", "\\~", "\\=", "\\#", "\\:", "\\n", "\\\\", "-\\>", "%", "50%", "%50%", "_____", "[html]",
            "[plain]", "::", "//", "$", "T", ":", "..", "<b>так</b>", "\u00A0", "—", "ʼ", "1", "-2,5", "C:\\\\new", "#");
    private static final List<String> CHOICE_MARKERS = List.of("=", "~", "~", "~%50%", "~%-100%", "~%100%", "~%33.3%", "~%0%");

    private GiftQuestionGenerator() {
    }

    static String question(Random random) {
        StringBuilder q = new StringBuilder();
        if (random.nextBoolean()) {
            q.append("::").append(words(random, 1, 3)).append("::");
        }
        if (random.nextInt(5) == 0) {
            q.append(random.nextBoolean() ? "[html]" : "[markdown]");
        }
        q.append(words(random, 1, 8)).append(random.nextBoolean() ? " " : "\n");
        q.append('{').append(answers(random));
        if (random.nextInt(4) == 0) {
            q.append("####").append(words(random, 1, 4));
        }
        q.append('}');
        if (random.nextInt(4) == 0) {
            q.append(' ').append(words(random, 1, 4));
        }
        return q.toString();
    }

    private static String answers(Random random) {
        StringBuilder a = new StringBuilder();
        int count = 1 + random.nextInt(5);
        switch (random.nextInt(8)) {
            case 0 -> {
                for (int i = 0; i < count + 1; i++) {
                    a.append(pick(random, CHOICE_MARKERS)).append(words(random, 1, 3)).append(feedback(random)).append('\n');
                }
            }
            case 1 -> {
                for (int i = 0; i < count; i++) {
                    a.append(i > 0 && random.nextBoolean() ? "=%50%" : "=").append(words(random, 1, 3)).append(feedback(random)).append(' ');
                }
            }
            case 2 -> {
                a.append('#');
                for (int i = 0; i < count; i++) {
                    a.append(i > 0 && random.nextBoolean() ? "=%50%" : "=").append(number(random)).append(feedback(random)).append('\n');
                }
                if (random.nextBoolean()) {
                    a.append("~").append(feedback(random));
                }
            }
            case 3 -> {
                for (int i = 0; i < count + 1; i++) {
                    a.append('=').append(random.nextInt(5) == 0 ? "" : words(random, 1, 3)).append(" -> ")
                            .append(words(random, 1, 3)).append('\n');
                }
            }
            case 4 -> a.append(pick(random, List.of("T", "TRUE", "F", "FALSE", "true", "f"))).append(feedback(random))
                    .append(feedback(random));
            case 5 -> a.append(' ');
            case 6 -> {
                a.append("~%50%").append(words(random, 1, 3)).append(feedback(random)).append(" ~%50%").append(words(random, 1, 3));
                for (int i = 0; i < count - 1; i++) {
                    a.append('\n').append(random.nextBoolean() ? "~" : "~%-50%").append(words(random, 1, 3)).append(feedback(random));
                }
            }
            default -> a.append(pick(random, CHOICE_MARKERS)).append(words(random, 1, 3));
        }
        return a.toString();
    }

    private static String number(Random random) {
        String value = String.valueOf(random.nextInt(200) - 100) + (random.nextBoolean() ? "" : ",5");
        return switch (random.nextInt(3)) {
            case 0 -> value;
            case 1 -> value + ":" + random.nextInt(3);
            default -> value + ".." + (random.nextInt(200) + 100);
        };
    }

    private static String feedback(Random random) {
        return random.nextInt(3) == 0 ? "#" + words(random, 1, 3) : "";
    }

    private static String words(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : random.nextInt(8) == 0 ? "\n" : " ").append(pick(random, WORDS));
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
