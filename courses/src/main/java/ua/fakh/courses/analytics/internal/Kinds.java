package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.util.List;

/** The kinds of hromada and institution as a report names them. */
final class Kinds {
    static final List<String> HROMADA_KINDS = List.of("RURAL", "TOWN", "CITY");

    private Kinds() {
    }

    /** A hromada's or an institution's kind, in the reader's language; null when not set. */
    static @Nullable String label(Place place, OrganizationKind level, CoverageTexts texts) {
        if (level == OrganizationKind.HROMADA) {
            return place.hromadaKind() == null ? null : texts.t("hromadaKind." + place.hromadaKind());
        }
        return place.institutionKind() == null ? null : place.institutionKind().name(texts.english());
    }
}
