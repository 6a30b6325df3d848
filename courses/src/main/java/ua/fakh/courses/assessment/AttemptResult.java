package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What submitting answers: the same again on every further submit. {@code passed} is null while an essay waits. */
@Serdeable
public record AttemptResult(double score, double maxScore, @Nullable Boolean passed, AttemptStatus status) {
}
