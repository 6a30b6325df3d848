package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An attempt as its owner (or a course trainer) sees it. {@code questions} never carry keys;
 * {@code review} is filled only once the quiz's rules allow showing answers.
 */
@Serdeable
public record AttemptView(UUID id, UUID lessonId, int number, AttemptStatus status, @Nullable Instant deadline,
                          List<Map<String, Object>> questions, List<Answer> answers, @Nullable Double score,
                          double maxScore, @Nullable Boolean passed, @Nullable List<Map<String, Object>> review) {

    @Serdeable
    public record Answer(UUID questionId, Map<String, Object> response, long seq, @Nullable Double score) {
    }
}
