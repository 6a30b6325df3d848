package ua.fakh.courses.plugins.content_quiz;

import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.courses.assessment.BankChoices;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.ContentFormParts;
import ua.fakh.courses.spi.Html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The trainer's form for a quiz lesson: which questions, then each of {@link QuizSettings}' rules. */
final class QuizForm {

    private QuizForm() {
    }

    static Html render(QuizContent quiz, ContentForm form, List<BankChoices.BankChoice> bank) {
        List<Html> parts = new ArrayList<>();
        parts.add(QuestionPicker.render(quiz, form, bank));
        parts.add(ContentFormParts.checkbox(form, "shuffle", word(quiz, form, "form.shuffle")));
        ContentForm shown = QuizFormValues.shown(form);
        for (String number : List.of("timeLimitMinutes", "attemptsAllowed", "passingScorePercent")) {
            parts.add(ContentFormParts.field(shown, number, "c.int." + number, word(quiz, form, "form." + number), null, false,
                    "number", 0));
        }
        parts.add(ContentFormParts.field(shown, "opensAt", "c.opensAt", word(quiz, form, "form.opensAt"),
                word(quiz, form, "form.datesHint"), false, "datetime-local", 0));
        parts.add(ContentFormParts.field(shown, "closesAt", "c.closesAt", word(quiz, form, "form.closesAt"), null, false,
                "datetime-local", 0));
        parts.add(ContentFormParts.checkbox(form, "offline", word(quiz, form, "form.offline")));
        parts.add(ContentFormParts.hint(word(quiz, form, "form.offlineHint")));
        parts.add(ContentFormParts.field(shown, "offlineHours", "c.int.offlineHours", word(quiz, form, "form.offlineHours"),
                word(quiz, form, "form.offlineHoursHint"), false, "number", 0));
        parts.add(choice(quiz, form, "role", QuizSettings.Role.values()));
        parts.add(choice(quiz, form, "grading", QuizSettings.Grading.values()));
        parts.add(choice(quiz, form, "showAnswers", QuizSettings.ShowAnswers.values()));
        return Html.join(parts);
    }

    private static Html choice(QuizContent quiz, ContentForm form, String field, Enum<?>[] values) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            options.put(value.name(), word(quiz, form, "form." + field + "." + value.name()));
        }
        return ContentFormParts.select(form, field, word(quiz, form, "form." + field), options);
    }

    private static String word(QuizContent quiz, ContentForm form, String key) {
        return PluginStrings.get(quiz, form.locale(), key);
    }
}
