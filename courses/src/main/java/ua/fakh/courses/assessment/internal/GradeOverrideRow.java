package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("grade_overrides")
record GradeOverrideRow(@Id UUID enrollmentId, BigDecimal percent, String reason, @Nullable UUID overriddenBy,
                        Instant overriddenAt) {
}
