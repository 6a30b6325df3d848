package ua.fakh.courses.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An answer waiting for a trainer's grade: grade it with {@code POST /api/attempts/{attemptId}/answers/{questionId}/grade}.
 * {@code offline}: its attempt was taken offline; {@code late}: the answer arrived after the time was up (saved before).
 */
@Serdeable
public record EssayToGrade(UUID attemptId, UUID questionId, UUID lessonId, String quizTitle, UUID userId,
                           String learnerName, int attemptNumber, Instant submittedAt, String questionText,
                           String answerText, double points, boolean offline, boolean late) {
}
