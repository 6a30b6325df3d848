package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** {@code POST /api/sections/{id}/lessons} and {@code PUT /api/lessons/{id}}: {@code type} is a content plugin id. */
@Serdeable
public record NewLesson(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 300) String titleEn,
                        @NotBlank @Size(max = 60) String type, @NotNull Map<String, Object> content,
                        @Nullable Boolean required) {
}
