package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("provider_settings")
record ProviderSettingsRow(@Id UUID providerId, String signatoryName, String signatoryPosition, String serialPattern,
                           String providerCode, String primaryColor, String accentColor, @Nullable String logoBlobKey,
                           Instant updatedAt, @Nullable String signatoryNameEn, @Nullable String signatoryPositionEn) {

    /** "Директорка / Director" on a course with an English title, so both readers find the signatory. */
    String signatoryName(boolean english) {
        return bilingual(signatoryName, english ? signatoryNameEn : null);
    }

    String signatoryPosition(boolean english) {
        return bilingual(signatoryPosition, english ? signatoryPositionEn : null);
    }

    private static String bilingual(String uk, @Nullable String en) {
        return en == null || en.isBlank() || en.equals(uk) ? uk : uk + " / " + en;
    }
}
