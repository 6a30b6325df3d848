package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * Who a signing certificate names: a training provider, by its Ukrainian name and, where it has one,
 * its EDRPOU code (8 digits, the register of legal entities).
 */
public record SignerOrganization(String name, @Nullable String edrpou) {
    private static final Pattern EDRPOU = Pattern.compile("\\d{8}");

    public SignerOrganization {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A signing certificate needs the provider's name");
        }
        if (edrpou != null && !EDRPOU.matcher(edrpou).matches()) {
            throw new IllegalArgumentException("An EDRPOU code has 8 digits, not '" + edrpou + "'");
        }
        name = name.strip();
    }

    /** ETSI EN 319 412-1 form of the EDRPOU code: {@code NTRUA-14360570}; {@code null} without one. */
    @Nullable
    String organizationIdentifier() {
        return edrpou == null ? null : "NTRUA-" + edrpou;
    }
}
