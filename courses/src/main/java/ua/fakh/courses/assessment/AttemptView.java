package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An attempt as its owner (or a course trainer) sees it. {@code questions} never carry keys;
 * {@code review} is filled only once the quiz's rules allow showing answers. {@code offline}: taken in an
 * offline window granted at {@code offlineGrantedAt}, whose {@code offlineToken} only its owner is given;
 * {@code timeLimitSeconds}: the quiz's limit as the attempt froze it (offline, the page keeps it from opening).
 * An answer's {@code savedAt} is when the device saved it (or the server received it); {@code late}: it
 * arrived after the time was up, saved before, and counts.
 */
@Serdeable
public record AttemptView(UUID id, UUID lessonId, int number, AttemptStatus status, @Nullable Instant deadline,
                          List<Map<String, Object>> questions, List<Answer> answers, @Nullable Double score,
                          double maxScore, @Nullable Boolean passed, @Nullable List<Map<String, Object>> review,
                          boolean offline, @Nullable Instant offlineGrantedAt, @Nullable String offlineToken,
                          @Nullable Integer timeLimitSeconds) {

    /** A view of an attempt taken online. */
    public AttemptView(UUID id, UUID lessonId, int number, AttemptStatus status, @Nullable Instant deadline,
                       List<Map<String, Object>> questions, List<Answer> answers, @Nullable Double score,
                       double maxScore, @Nullable Boolean passed, @Nullable List<Map<String, Object>> review) {
        this(id, lessonId, number, status, deadline, questions, answers, score, maxScore, passed, review, false, null, null, null);
    }

    /** The questions whose answers arrived late. */
    public java.util.Set<UUID> lateQuestionIds() {
        return answers.stream().filter(Answer::late).map(Answer::questionId).collect(java.util.stream.Collectors.toSet());
    }

    @Serdeable
    public record Answer(UUID questionId, Map<String, Object> response, long seq, @Nullable Double score,
                         @Nullable Instant savedAt, boolean late) {

        public Answer(UUID questionId, Map<String, Object> response, long seq, @Nullable Double score) {
            this(questionId, response, seq, score, null, false);
        }
    }
}
