package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.QuestionMaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code {=left -> right =other -> its match = -> a distractor}}: at least two pairs with both sides. */
final class GiftMatchingAnswers {
    private static final String ARROW = "->";

    private GiftMatchingAnswers() {
    }

    static Map<String, Object> read(String answers) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        int matched = 0;
        for (String part : GiftAnswer.split(answers, "=")) {
            String pair = part.strip();
            if (!pair.startsWith("=")) {
                throw new GiftProblem("matching.marker");
            }
            int arrow = pair.indexOf(ARROW);
            if (arrow < 0) {
                throw new GiftProblem("matching.arrow", GiftText.inline(pair.substring(1)));
            }
            String left = GiftText.inline(pair.substring(1, arrow));
            String right = GiftText.inline(pair.substring(arrow + ARROW.length()));
            if (right.isEmpty()) {
                throw new GiftProblem("matching.arrow", GiftText.inline(pair.substring(1)));
            }
            matched += left.isEmpty() ? 0 : 1;
            pairs.add(left.isEmpty() ? QuestionMaps.of("right", right) : QuestionMaps.of("left", left, "right", right));
        }
        if (matched < 2) {
            throw new GiftProblem("matching.tooFew");
        }
        return QuestionMaps.of("pairs", pairs);
    }
}
