package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record NewSection(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 300) String titleEn) {
}
