package ua.fakh.courses.assessment.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import ua.fakh.core.common.JsonColumns;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes the attempt tables' JSON columns, the frozen question list among them. */
@Singleton
class AttemptQuestions {
    /**
     * Attempts being answered now (about 8 KB each parsed): an autosave parsed its attempt's whole question
     * list on every answer, a third of the route's time (perf/README.md, "Session 12").
     */
    private static final int ATTEMPTS_KEPT = 2_000;

    private final JsonColumns json;
    private final Cache<UUID, FrozenAttempt> frozen = Caffeine.newBuilder()
            .maximumSize(ATTEMPTS_KEPT).expireAfterAccess(Duration.ofHours(6)).build();

    AttemptQuestions(JsonColumns json) {
        this.json = json;
    }

    String write(Object value) {
        return json.write(value);
    }

    List<FrozenQuestion> questions(String text) {
        return json.read(text, Argument.listOf(FrozenQuestion.class));
    }

    /**
     * The attempt's questions, parsed once while it is answered: they are frozen when the attempt starts and
     * never change, so the attempt's id names them. Shared between requests, hence unmodifiable.
     */
    List<FrozenQuestion> questions(AttemptRow attempt) {
        return frozen(attempt).questions();
    }

    /** What never changes about the attempt, kept from the first time it was read. */
    FrozenAttempt frozen(AttemptRow attempt) {
        return frozen.get(attempt.id(), id -> new FrozenAttempt(attempt.userId(), attempt.offline(), attempt.deadline(),
                questions(attempt.questions()).stream()
                        .map(q -> new FrozenQuestion(q.id(), q.familyId(), q.type(), q.text(),
                                q.definition() == null ? null : Collections.unmodifiableMap(q.definition()), q.points(), q.textFormat()))
                        .toList()));
    }

    /** The frozen facts of an attempt read since it was last evicted, if any; never a database read. */
    Optional<FrozenAttempt> known(UUID attemptId) {
        return Optional.ofNullable(frozen.getIfPresent(attemptId));
    }

    Map<String, Object> object(String text) {
        return json.object(text);
    }
}
