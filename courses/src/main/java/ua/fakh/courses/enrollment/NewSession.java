package ua.fakh.courses.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ua.fakh.courses.meetings.SessionMode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A session of a cohort: a day of a two-day training, where it is held, and how ({@code mode}, in
 * person when not given). An online or blended one names its meeting plugin ({@code meetingProvider})
 * and, for a plugin that takes one, the meeting's address ({@code meetingUrl}, http or https).
 */
@Serdeable
public record NewSession(@NotBlank @Size(max = 300) String title, @NotNull Instant startsAt,
                         @NotNull @DecimalMin("0.5") @DecimalMax("24") BigDecimal hours,
                         @Nullable @Size(max = 300) String place, @Schema(type = "string") @Nullable SessionMode mode,
                         @Nullable @Size(max = 64) String meetingProvider, @Nullable @Size(max = 2000) String meetingUrl) {

    public NewSession(String title, Instant startsAt, BigDecimal hours) {
        this(title, startsAt, hours, null);
    }

    public NewSession(String title, Instant startsAt, BigDecimal hours, @Nullable String place) {
        this(title, startsAt, hours, place, null, null, null);
    }

    public SessionMode modeOrDefault() {
        return mode == null ? SessionMode.IN_PERSON : mode;
    }
}
