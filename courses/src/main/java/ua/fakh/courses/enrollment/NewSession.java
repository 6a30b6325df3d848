package ua.fakh.courses.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;

/** An in-person session of a cohort: a day of a two-day training, and where it is held. */
@Serdeable
public record NewSession(@NotBlank @Size(max = 300) String title, @NotNull Instant startsAt,
                         @NotNull @DecimalMin("0.5") @DecimalMax("24") BigDecimal hours,
                         @Nullable @Size(max = 300) String place) {

    public NewSession(String title, Instant startsAt, BigDecimal hours) {
        this(title, startsAt, hours, null);
    }
}
