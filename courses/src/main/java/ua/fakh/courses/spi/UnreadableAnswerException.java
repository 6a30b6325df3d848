package ua.fakh.courses.spi;

import ua.fakh.core.errors.FieldError;

import java.util.List;

/**
 * What a learner typed cannot be an answer of its type (a number that is not one). The message is
 * for the learner, in the page's language, from the plugin's bundle; the page shows it beside the
 * question and keeps what was typed.
 */
public class UnreadableAnswerException extends QuestionRejectedException {

    public UnreadableAnswerException(String learnerMessage, String responseField) {
        super(learnerMessage, List.of(new FieldError("response." + responseField, learnerMessage)));
    }
}
