package ua.fakh.core.organizations;

import io.micronaut.serde.annotation.Serdeable;

/** A kind of institution: {@code name} in the reader's language, both names, and how many organizations have it. */
@Serdeable
public record InstitutionKindView(String code, String name, String nameUk, String nameEn, int position,
                                  boolean builtIn, long organizations) {

    /** Whether it may be removed: not built in, and no organization has it. */
    public boolean removable() {
        return !builtIn && organizations == 0;
    }
}
