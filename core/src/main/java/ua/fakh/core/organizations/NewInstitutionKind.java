package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/institution-kinds}: a new kind; without an English name the Ukrainian one is used. */
@Serdeable
public record NewInstitutionKind(
        @NotBlank @Pattern(regexp = "[a-z0-9_]{2,40}", message = "{problem.field.institutionKindCode}") String code,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String nameEn) {
}
