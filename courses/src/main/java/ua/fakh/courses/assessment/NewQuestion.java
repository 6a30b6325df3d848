package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ua.fakh.courses.spi.QuestionTextFormat;
import jakarta.validation.constraints.Size;

import java.util.Map;

@Serdeable
public record NewQuestion(@NotBlank @Size(max = 60) String type, @Nullable @Size(max = 300) String title,
                          @NotBlank @Size(max = 20_000) String text, @Nullable @Size(max = 300) String category,
                          @NotNull Map<String, Object> definition, @Nullable @Size(max = 5_000) String generalFeedback,
                          @Nullable @Pattern(regexp = QuestionTextFormat.PATTERN) String textFormat) {

    /** A question whose text format is left as it was (or, for a new one, what its text looks like). */
    public NewQuestion(String type, @Nullable String title, String text, @Nullable String category,
                       Map<String, Object> definition, @Nullable String generalFeedback) {
        this(type, title, text, category, definition, generalFeedback, null);
    }
}
