package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.NewQuestion;
import ua.fakh.courses.content.PackagedQuestion;
import ua.fakh.courses.content.PackagedQuestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Questions in and out of course packages, each validated by its type on the way in like any new question. */
@Singleton
class QuestionPackaging implements PackagedQuestions {
    private final QuestionRepository questions;
    private final QuestionBankService bank;

    QuestionPackaging(QuestionRepository questions, QuestionBankService bank) {
        this.questions = questions;
        this.bank = bank;
    }

    @Override
    public List<PackagedQuestion> export(UUID courseId) {
        return questions.findByCourseIdAndCurrentVersionOrderByCategoryAndCreatedAt(courseId, true).stream()
                .map(q -> new PackagedQuestion(q.familyId(), q.type(), q.title(), q.text(), q.category(), bank.definition(q),
                        q.generalFeedback(), q.textFormat()))
                .toList();
    }

    @Override
    public Map<UUID, UUID> restore(UUID courseId, List<PackagedQuestion> packaged, Caller trainer) {
        Map<UUID, UUID> newIds = new LinkedHashMap<>();
        for (PackagedQuestion q : packaged) {
            NewQuestion question = new NewQuestion(q.type(), q.title(), q.text(), q.category(), q.definition(), q.generalFeedback(),
                    q.textFormat());
            newIds.put(q.id(), bank.create(courseId, question, trainer).id());
        }
        return newIds;
    }
}
