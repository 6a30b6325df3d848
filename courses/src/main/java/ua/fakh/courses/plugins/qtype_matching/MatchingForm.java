package ua.fakh.courses.plugins.qtype_matching;

import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionFormFields;
import ua.fakh.courses.spi.QuestionFormParts;
import ua.fakh.courses.spi.QuestionLimits;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionMessages;

import java.util.List;
import java.util.Map;

/** The editor's part of a matching question: a row per pair (a right without a left is a distractor). */
final class MatchingForm {

    private MatchingForm() {
    }

    static Html render(MatchingQuestion type, QuestionForm form) {
        return Html.join(QuestionFormParts.rows(form, "pairs", form.rows("pairs", 2, 4, QuestionLimits.OPTIONS),
                        word(type, form, "form.pair"), word(type, form, "form.pairsHint"), prefix -> List.of(
                                QuestionFormParts.text(form, prefix + "left", word(type, form, "form.left"), false),
                                QuestionFormParts.text(form, prefix + "right", word(type, form, "form.right"), false))),
                QuestionFormParts.checkbox(form, "shuffle", word(type, form, "form.shuffle"), true));
    }

    static Map<String, Object> read(FormFields fields) {
        QuestionFormFields form = QuestionFormFields.of(fields);
        return QuestionMaps.of("pairs", form.rows("pairs", List.of("left", "right"), (prefix, item) -> {
            item.put("id", form.text(prefix + "id"));
            item.put("left", form.text(prefix + "left"));
            item.put("right", form.text(prefix + "right"));
        }), "shuffle", form.flag("shuffle"));
    }

    private static String word(MatchingQuestion type, QuestionForm form, String key) {
        return QuestionMessages.get(type, form.locale(), key);
    }
}
