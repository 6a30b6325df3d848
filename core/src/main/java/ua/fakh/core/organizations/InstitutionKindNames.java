package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/institution-kinds/{code}}: the kind's names; without an English name the Ukrainian one is used. */
@Serdeable
public record InstitutionKindNames(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String nameEn) {
}
