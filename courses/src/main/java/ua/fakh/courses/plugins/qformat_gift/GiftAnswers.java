package ua.fakh.courses.plugins.qformat_gift;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Tells the question type from the answer block, as Moodle does, and reads it. */
final class GiftAnswers {
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private GiftAnswers() {
    }

    record Read(String type, Map<String, Object> definition) {
    }

    static Read read(String answers) {
        if (answers.isEmpty()) {
            return new Read("qtype_essay", Map.of());
        }
        if (answers.startsWith("#")) {
            return new Read("qtype_numerical", GiftNumericalAnswers.read(answers.substring(1)));
        }
        if (answers.indexOf('~') >= 0) {
            boolean single = answers.indexOf('=') >= 0;
            return new Read(single ? "qtype_singlechoice" : "qtype_multichoice", GiftChoiceAnswers.read(answers, single));
        }
        if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            return new Read("qtype_matching", GiftMatchingAnswers.read(answers));
        }
        int hash = answers.indexOf('#');
        String head = (hash < 0 ? answers : answers.substring(0, hash)).strip().toUpperCase(Locale.ROOT);
        if (TRUE_FALSE.contains(head)) {
            return new Read("qtype_truefalse", GiftTrueFalseAnswer.read(answers));
        }
        return new Read("qtype_shortanswer", GiftShortAnswers.read(answers));
    }
}
