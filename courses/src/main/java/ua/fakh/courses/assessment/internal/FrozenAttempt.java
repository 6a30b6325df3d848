package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an attempt fixes when it starts and never changes: whose it is, whether it is taken offline, its deadline and
 * its question list. Its status does change, so it is not here: whoever acts on it reads that from the row.
 */
record FrozenAttempt(UUID userId, boolean offline, @Nullable Instant deadline, List<FrozenQuestion> questions) {

    Optional<FrozenQuestion> question(UUID questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
