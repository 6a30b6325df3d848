package ua.fakh.certificates.keys.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.CertificateAuthority;
import ua.fakh.certificates.signing.KeyAlgorithm;
import ua.fakh.certificates.signing.KeyEncryption;
import ua.fakh.certificates.signing.Pem;
import ua.fakh.certificates.signing.Pkcs12Import;
import ua.fakh.certificates.signing.SignerOrganization;
import ua.fakh.certificates.spi.SigningIdentity;
import ua.fakh.core.common.Ids;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.secrets.InstallationSecrets;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys live encrypted (AES-GCM) under a master secret: {@code FAKH_KEY_MASTER_SECRET} when set — then a
 * copy of the database alone reveals no key — otherwise one generated into the installation's secrets.
 * Decrypted identities are cached per node.
 */
@Singleton
class DatabaseSigningKeys implements SigningKeys {
    static final String CA = "CA";
    static final String SIGNING = "SIGNING";

    private final SigningKeyRepository rows;
    private final Organizations organizations;
    private final InstallationSecrets secrets;
    private final FakhSettings settings;
    private final String masterFromEnvironment;
    private final Clock clock;
    private final Map<String, SigningIdentity> cache = new ConcurrentHashMap<>();

    DatabaseSigningKeys(SigningKeyRepository rows, Organizations organizations, InstallationSecrets secrets,
                        FakhSettings settings, @Nullable @Value("${fakh.key-master-secret:}") String masterFromEnvironment,
                        Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.secrets = secrets;
        this.settings = settings;
        this.masterFromEnvironment = masterFromEnvironment;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public SigningIdentity authority() {
        String kid = kid("installation-ca");
        return cache.computeIfAbsent(kid, k -> load(k).orElseGet(() -> {
            CertificateAuthority ca = CertificateAuthority.create(hostName(), KeyAlgorithm.RSA, clock.instant());
            return store(ca.asSigningIdentity(k), null, CA);
        }));
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public SigningIdentity forProvider(UUID providerId) {
        // asks the database every time (one indexed row) so a key imported on another node is used here at once
        List<SigningKeyRow> keys = rows.findByProviderIdAndPurposeAndActiveOrderByCreatedAtDesc(providerId, SIGNING, true);
        if (!keys.isEmpty()) {
            SigningKeyRow newest = keys.get(0);
            return cache.computeIfAbsent(newest.kid(), k -> encryption().decrypt(newest.encrypted()));
        }
        String kid = kid("provider-" + providerId);
        OrganizationView provider = organizations.get(providerId);
        CertificateAuthority ca = CertificateAuthority.of(authority());
        SigningIdentity identity = store(ca.issueSigningIdentity(kid, new SignerOrganization(provider.name(), provider.edrpou()),
                KeyAlgorithm.RSA, clock.instant()), providerId, SIGNING);
        cache.put(identity.keyId(), identity);
        return identity;
    }

    @Override
    @Transactional
    public SigningIdentity importForProvider(UUID providerId, byte[] pkcs12, char[] password) {
        organizations.get(providerId);
        Instant now = clock.instant();
        SigningIdentity identity = Pkcs12Import.read(pkcs12, password, kid("provider-" + providerId + "-imported-" + now.toEpochMilli()));
        rows.save(new SigningKeyRow(Ids.newId(), providerId, identity.keyId(), SIGNING, encryption().encryptToString(identity),
                Pem.encode(identity.chain()), now, true));
        return identity;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SigningIdentity> published() {
        return rows.findByPurposeAndActive(SIGNING, true).stream()
                .map(r -> cache.computeIfAbsent(r.kid(), k -> encryption().decrypt(r.encrypted()))).toList();
    }

    private java.util.Optional<SigningIdentity> load(String kid) {
        return rows.findByKidAndActive(kid, true).map(r -> encryption().decrypt(r.encrypted()));
    }

    private SigningIdentity store(SigningIdentity identity, @Nullable UUID providerId, String purpose) {
        rows.insertIfAbsent(Ids.newId(), providerId, identity.keyId(), purpose, encryption().encryptToString(identity),
                Pem.encode(identity.chain()), clock.instant());
        return load(identity.keyId()).orElseThrow();
    }

    /** Keys are published as {@code {publicUrl}/.well-known/jwks.json#<name>}: a dereferenceable kid, as Open Badges asks. */
    private String kid(String name) {
        return settings.publicUrl().replaceAll("/+$", "") + "/.well-known/jwks.json#" + name;
    }

    private String hostName() {
        return settings.publicUrl().replaceFirst("^https?://", "").replaceAll("[/:].*$", "");
    }

    private KeyEncryption encryption() {
        String master = masterFromEnvironment != null && masterFromEnvironment.length() >= 32 ? masterFromEnvironment
                : secrets.getOrCreate("key-encryption-master", () -> {
                    byte[] bytes = new byte[32];
                    new SecureRandom().nextBytes(bytes);
                    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-fakh";
                });
        return new KeyEncryption(master);
    }
}
