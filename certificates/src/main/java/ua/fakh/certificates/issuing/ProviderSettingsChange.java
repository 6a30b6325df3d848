package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * New settings. The pattern uses {@code {PROVIDER}}, {@code {YYYY}} or {@code {YY}} and {@code {N…}}
 * (as many N as digits, at least four); colours are {@code #RRGGBB}; the provider code is what
 * {@code {PROVIDER}} prints (letters and digits).
 */
@Serdeable
public record ProviderSettingsChange(@Nullable String signatoryName, @Nullable String signatoryPosition,
                                     @Nullable String signatoryNameEn, @Nullable String signatoryPositionEn,
                                     @Nullable String serialPattern, @Nullable String providerCode,
                                     @Nullable String primaryColor, @Nullable String accentColor) {
}
