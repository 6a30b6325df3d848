package ua.fakh.courses.assessment.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.BankChoices;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Kept apart from the bank service: the quiz lesson type needs it, and the bank service needs the lesson types. */
@Singleton
class BankChoiceList implements BankChoices {
    private final QuestionRepository questions;
    private final QuestionPlugins plugins;

    BankChoiceList(QuestionRepository questions, QuestionPlugins plugins) {
        this.questions = questions;
        this.plugins = plugins;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BankChoice> of(UUID courseId, Locale locale) {
        return questions.findByCourseIdAndCurrentVersionOrderByCategoryAndCreatedAt(courseId, true).stream()
                .map(q -> new BankChoice(q.familyId(), q.title(), q.text(), q.category(), q.type(), plugins.name(q.type(), locale)))
                .toList();
    }
}
