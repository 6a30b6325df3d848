package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.QuestionNumbers;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer of an answer block: {@code %weight%} (percent, optional), the answer, {@code #feedback}
 * (optional). {@link #split} cuts a block into answers at its markers ({@code =}, {@code ~}).
 */
record GiftAnswer(char marker, Double weight, String body, String feedback) {

    /** The answers of a block, each with the marker it started with; text before the first marker is an answer too when not blank. */
    static List<String> split(String answers, String markers) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < answers.length(); i++) {
            if (markers.indexOf(answers.charAt(i)) >= 0) {
                parts.add(answers.substring(from, i));
                from = i;
            }
        }
        parts.add(answers.substring(from));
        if (parts.get(0).isBlank()) {
            parts.remove(0);
        }
        return parts;
    }

    /** Reads {@code [marker][%weight%]answer[#feedback]}; {@code marker} is 0 when the part has none. */
    static GiftAnswer read(String part, String markers) {
        String rest = part.strip();
        char marker = !rest.isEmpty() && markers.indexOf(rest.charAt(0)) >= 0 ? rest.charAt(0) : 0;
        if (marker != 0) {
            rest = rest.substring(1).strip();
        }
        Double weight = null;
        // In a choice question "=" means 100% and what follows is the answer as written (as in Moodle).
        boolean mayWeigh = marker != '=' || markers.indexOf('~') < 0;
        int closing = rest.startsWith("%") ? rest.indexOf('%', 1) : -1;
        if (mayWeigh && closing > 0) {
            String number = rest.substring(1, closing).strip();
            weight = QuestionNumbers.parse(number);
            if (weight == null) {
                throw new GiftProblem("weight.notNumber", GiftSource.unescape(number));
            }
            rest = rest.substring(closing + 1);
        }
        int hash = rest.indexOf('#');
        String feedback = hash < 0 ? null : GiftText.optional(rest.substring(hash + 1));
        return new GiftAnswer(marker, weight, hash < 0 ? rest : rest.substring(0, hash), feedback);
    }

    String text() {
        return GiftText.inline(body);
    }

    static void checkWeight(double weight, double min) {
        if (weight < min || weight > 100) {
            throw new GiftProblem("weight.range", QuestionNumbers.plain(weight));
        }
    }
}
