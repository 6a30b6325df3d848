package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.courses.assessment.PrePostScores.QuestionTally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Counts, per course and question family, the answers given in some attempts and how many of them fell
 * short of the question's full points (as the attempt froze them). The wording is the question's current
 * version, else the one the attempt froze.
 */
@Singleton
class PreTestTallies {
    private static final int CHUNK = 1000;
    /** Scores are sums of fractions of points: a hair below full marks is full marks. */
    private static final double EPSILON = 1e-9;

    private final AnswerRepository answers;
    private final QuestionRepository questions;
    private final AttemptQuestions json;

    PreTestTallies(AnswerRepository answers, QuestionRepository questions, AttemptQuestions json) {
        this.answers = answers;
        this.questions = questions;
        this.json = json;
    }

    List<QuestionTally> of(List<AttemptRow> attempts) {
        Map<UUID, Map<UUID, Double>> scoresByAttempt = scores(attempts.stream().map(AttemptRow::id).toList());
        Map<List<UUID>, Tally> tallies = new LinkedHashMap<>();
        for (AttemptRow attempt : attempts) {
            Map<UUID, Double> scored = scoresByAttempt.getOrDefault(attempt.id(), Map.of());
            for (FrozenQuestion q : json.questions(attempt.questions())) {
                Double score = scored.get(q.id());
                if (score != null && q.points() > 0) { // a description asks nothing: no answer to tally
                    Tally t = tallies.computeIfAbsent(List.of(attempt.courseId(), q.familyId()), k -> new Tally(q.text()));
                    t.answered++;
                    t.wrong += score < q.points() - EPSILON ? 1 : 0;
                }
            }
        }
        Map<UUID, String> current = currentTexts(tallies.keySet().stream().map(k -> k.get(1)).distinct().toList());
        return tallies.entrySet().stream().map(e -> new QuestionTally(e.getKey().get(0), e.getKey().get(1),
                current.getOrDefault(e.getKey().get(1), e.getValue().frozenText), e.getValue().answered, e.getValue().wrong))
                .toList();
    }

    /** Attempt id → question version id → the answer's score (answers not graded yet are left out). */
    private Map<UUID, Map<UUID, Double>> scores(List<UUID> attemptIds) {
        Map<UUID, Map<UUID, Double>> scores = new HashMap<>();
        for (AnswerRow a : chunked(attemptIds, answers::findByAttemptIdIn)) {
            if (a.score() != null) {
                scores.computeIfAbsent(a.attemptId(), k -> new HashMap<>()).put(a.questionId(), a.score());
            }
        }
        return scores;
    }

    private Map<UUID, String> currentTexts(List<UUID> familyIds) {
        Map<UUID, String> texts = new HashMap<>();
        chunked(familyIds, ids -> questions.findByFamilyIdInAndCurrentVersion(ids, true))
                .forEach(q -> texts.put(q.familyId(), q.text()));
        return texts;
    }

    private static <T> List<T> chunked(List<UUID> ids, Function<Collection<UUID>, List<T>> query) {
        List<T> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            all.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return all;
    }

    private static final class Tally {
        private final String frozenText;
        private int answered;
        private int wrong;

        private Tally(String frozenText) {
            this.frozenText = frozenText;
        }
    }
}
