package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.QuestionView;
import ua.fakh.courses.spi.Html;

/**
 * A question as a learner sees it inside an attempt, for its trainer: the type's inputs and, after
 * "check", the type's review and the score it would give. Nothing of it is recorded.
 */
public record QuestionPreviewModel(TaughtCourse course, QuestionView question, String typeName, String textHtml, Html input,
                                   @Nullable Html review, @Nullable String score, @Nullable String error) {
}
