package ua.fakh.web.admin.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The "add a kind" form (with a code) and a kind's rename form (without). */
@Serdeable
record InstitutionKindForm(@Nullable String code, @Nullable String name, @Nullable String nameEn) {

    InstitutionKindsModel.Typed typed() {
        return new InstitutionKindsModel.Typed(text(code), text(name), text(nameEn));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
