package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.certificates.issuing.ProviderCertificateSettings;
import ua.fakh.certificates.issuing.ProviderSettingsChange;
import ua.fakh.certificates.issuing.ProviderSettingsView;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.Jwks;
import ua.fakh.certificates.spi.SigningIdentity;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.storage.Blobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

@Singleton
class ProviderSettingsService implements ProviderCertificateSettings {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern CODE = Pattern.compile("[\\p{Lu}\\p{N}]{1,20}");

    private final ProviderSettings settings;
    private final ProviderSettingsRepository rows;
    private final Organizations organizations;
    private final SigningKeys keys;
    private final Blobs blobs;
    private final AuditLog audit;
    private final Clock clock;

    ProviderSettingsService(ProviderSettings settings, ProviderSettingsRepository rows, Organizations organizations,
                            SigningKeys keys, Blobs blobs, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.rows = rows;
        this.organizations = organizations;
        this.keys = keys;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProviderSettingsView get(UUID providerId, Caller admin) {
        requireAdmin(admin);
        return view(settings.of(providerId));
    }

    @Override
    @Transactional
    public ProviderSettingsView update(UUID providerId, ProviderSettingsChange change, Caller admin) {
        requireAdmin(admin);
        ProviderSettingsRow current = settings.of(providerId);
        List<FieldError> errors = new ArrayList<>();
        String name = required(change.signatoryName(), "signatoryName", errors);
        String position = required(change.signatoryPosition(), "signatoryPosition", errors);
        String nameEn = optional(change.signatoryNameEn(), "signatoryNameEn", errors);
        String positionEn = optional(change.signatoryPositionEn(), "signatoryPositionEn", errors);
        String pattern = change.serialPattern() == null || change.serialPattern().isBlank() ? SerialNumbers.DEFAULT_PATTERN
                : change.serialPattern().strip();
        if (!SerialNumbers.isAcceptablePattern(pattern)) {
            errors.add(new FieldError("serialPattern", "problem.field.certificate.serialPattern"));
        }
        String code = change.providerCode() == null || change.providerCode().isBlank() ? current.providerCode()
                : change.providerCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("providerCode", "problem.field.certificate.providerCode"));
        }
        String primary = colour(change.primaryColor(), current.primaryColor(), "primaryColor", errors);
        String accent = colour(change.accentColor(), current.accentColor(), "accentColor", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProviderSettingsRow row = new ProviderSettingsRow(providerId, name, position, pattern, code, primary, accent,
                current.logoBlobKey(), clock.instant(), nameEn, positionEn);
        save(row);
        audit.record(admin, "CERTIFICATE_SETTINGS_CHANGED", "organization", providerId, Map.of("signatoryName", name,
                "signatoryPosition", position, "serialPattern", pattern, "providerCode", code));
        return view(row);
    }

    @Override
    @Transactional
    public ProviderSettingsView uploadLogo(UUID providerId, byte[] image, Caller admin) {
        requireAdmin(admin);
        String extension = LogoImages.check(image, MAX_LOGO_BYTES);
        ProviderSettingsRow current = settings.of(providerId);
        // a fresh key per upload: PDFs being rendered meanwhile keep reading the old logo whole
        String key = "provider-logos/" + providerId + "/" + clock.instant().toEpochMilli() + "." + extension;
        try {
            blobs.store().write(key, new ByteArrayInputStream(image), image.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProviderSettingsRow row = withLogo(current, key);
        save(row);
        audit.record(admin, "CERTIFICATE_LOGO_CHANGED", "organization", providerId, Map.of("bytes", image.length));
        return view(row);
    }

    @Override
    @Transactional
    public ProviderSettingsView removeLogo(UUID providerId, Caller admin) {
        requireAdmin(admin);
        ProviderSettingsRow row = withLogo(settings.of(providerId), null);
        save(row);
        audit.record(admin, "CERTIFICATE_LOGO_CHANGED", "organization", providerId, Map.of("bytes", 0));
        return view(row);
    }

    /** Not one transaction: the key is committed first, so the view's fresh read of the provider's newest key sees it. */
    @Override
    public ProviderSettingsView importSigningKey(UUID providerId, byte[] pkcs12, char[] password, Caller admin) {
        requireAdmin(admin);
        if (pkcs12.length == 0 || pkcs12.length > MAX_PKCS12_BYTES) {
            throw new ua.fakh.core.errors.UnprocessableException("problem.signingKey.fileSize",
                    MAX_PKCS12_BYTES / 1024);
        }
        try {
            SigningIdentity imported = keys.importForProvider(providerId, pkcs12, password);
            audit.record(admin, "SIGNING_KEY_IMPORTED", "organization", providerId, Map.of("keyId", imported.keyId(),
                    "subject", imported.certificate().getSubjectX500Principal().getName()));
        } finally {
            Arrays.fill(password, '\0');
        }
        return view(settings.of(providerId));
    }

    /** Not one transaction: the revocation is committed first, so the view's fresh read makes and shows the new key. */
    @Override
    public ProviderSettingsView revokeSigningKey(UUID providerId, Caller admin) {
        requireAdmin(admin);
        organizations.get(providerId);
        keys.revokeForProvider(providerId).ifPresent(kid ->
                audit.record(admin, "SIGNING_KEY_REVOKED", "organization", providerId, Map.of("keyId", kid)));
        return view(settings.of(providerId));
    }

    private void save(ProviderSettingsRow row) {
        if (rows.existsById(row.providerId())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    private ProviderSettingsView view(ProviderSettingsRow row) {
        SigningIdentity key = keys.forProvider(row.providerId());
        var certificate = key.certificate();
        return new ProviderSettingsView(row.providerId(), organizations.get(row.providerId()).name(), row.signatoryName(),
                row.signatoryPosition(), row.signatoryNameEn(), row.signatoryPositionEn(), row.serialPattern(),
                row.providerCode(), SerialNumbers.format(row.serialPattern(), row.providerCode(),
                LocalDate.now(clock.withZone(KyivTime.ZONE)).getYear(), 1),
                row.primaryColor(), row.accentColor(), row.logoBlobKey() != null,
                new ProviderSettingsView.SigningKey(Jwks.publishedKid(key.keyId()), certificate.getSubjectX500Principal().getName(),
                        certificate.getIssuerX500Principal().getName(), certificate.getNotAfter().toInstant(),
                        key.keyId().contains("-imported-")));
    }

    private ProviderSettingsRow withLogo(ProviderSettingsRow r, @Nullable String key) {
        return new ProviderSettingsRow(r.providerId(), r.signatoryName(), r.signatoryPosition(), r.serialPattern(),
                r.providerCode(), r.primaryColor(), r.accentColor(), key, clock.instant(), r.signatoryNameEn(),
                r.signatoryPositionEn());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("problem.certificate.settingsAdminsOnly");
        }
    }

    private static String required(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.strip().length() > 300) {
            errors.add(new FieldError(field, "problem.field.certificate.required300"));
            return "";
        }
        return value.strip();
    }

    private static String optional(@Nullable String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 300) {
            errors.add(new FieldError(field, "problem.field.certificate.atMost300"));
        }
        return value.strip();
    }

    private static String colour(@Nullable String value, String current, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return current;
        }
        if (!COLOUR.matcher(value.strip()).matches()) {
            errors.add(new FieldError(field, "problem.field.certificate.colour"));
        }
        return value.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
