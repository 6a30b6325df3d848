package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
public record NewCohort(@NotBlank @Size(max = 200) String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                        @Nullable Instant dueAt, @Nullable @Min(0) @Max(100) Integer minAttendancePercent,
                        @Nullable List<UUID> trainerIds) {
}
