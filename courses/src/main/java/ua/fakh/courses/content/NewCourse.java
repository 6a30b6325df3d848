package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A course's description: {@code POST /api/courses} and {@code PUT /api/courses/{id}} (the draft).
 * Hours in halves ({@code 1.5}); ECTS credits default to hours / 30.
 */
@Serdeable
public record NewCourse(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 300) String titleEn,
        @NotBlank @Size(max = 20_000) String summary,
        @Nullable @Size(max = 20_000) String summaryEn,
        @NotNull @DecimalMin(value = "0.5") @DecimalMax("10000") BigDecimal hours,
        @Nullable @DecimalMin("0.01") @DecimalMax("400") BigDecimal ectsCredits,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> outcomes,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 300) String> competences,
        @NotNull @Pattern(regexp = "uk|en", message = "{problem.field.language}") String language,
        @NotNull UUID providerId,
        @Schema(type = "string") @Nullable EnrollmentPolicy enrollmentPolicy,
        @Nullable @Size(min = 4, max = 100) String enrollmentKey,
        @Nullable @Min(1) @Max(240) Integer certificateValidityMonths,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^|]*") String> tags,
        @Nullable @Size(max = 20) List<@NotNull UUID> trainerIds,
        @Nullable Boolean publicPreview) {
}
