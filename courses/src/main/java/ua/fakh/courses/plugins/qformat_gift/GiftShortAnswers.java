package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code {=answer =another =%50%half right#feedback}}: accepted texts, 100% unless weighted. */
final class GiftShortAnswers {
    private static final String MARKERS = "=";

    private GiftShortAnswers() {
    }

    static Map<String, Object> read(String answers) {
        List<Map<String, Object>> accepted = new ArrayList<>();
        boolean anyFull = false;
        for (String part : GiftAnswer.split(answers, MARKERS)) {
            GiftAnswer answer = GiftAnswer.read(part, MARKERS);
            String text = answer.text();
            if (text.isBlank()) {
                throw new GiftProblem("answer.empty");
            }
            double weight = answer.weight() == null ? 100 : answer.weight();
            GiftAnswer.checkWeight(weight, 0);
            anyFull |= weight == 100;
            accepted.add(QuestionMaps.of("text", text, "weight", QuestionNumbers.canonical(weight),
                    "feedback", answer.feedback()));
        }
        if (!anyFull) {
            throw new GiftProblem("shortanswer.noRight");
        }
        return QuestionMaps.of("answers", accepted);
    }
}
