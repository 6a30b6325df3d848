package ua.fakh.certificates.keys.internal;

import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.CertificateAuthority;
import ua.fakh.certificates.signing.InstallationTsa;
import ua.fakh.certificates.signing.KeyAlgorithm;
import ua.fakh.certificates.signing.KeyEncryption;
import ua.fakh.certificates.signing.Pem;
import ua.fakh.certificates.signing.Pkcs12Import;
import ua.fakh.certificates.signing.SignerOrganization;
import ua.fakh.certificates.spi.LongTermEvidence;
import ua.fakh.certificates.spi.SigningIdentity;
import ua.fakh.core.common.Ids;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.secrets.InstallationSecrets;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys live encrypted (AES-GCM) under a master secret: {@code FAKH_KEY_MASTER_SECRET} when set — then a
 * copy of the database alone reveals no key — otherwise one generated into the installation's secrets.
 * Decrypted identities are cached per node; so are the CRL and the OCSP view of the keys, for a minute
 * (a revocation on this node takes effect here at once, on the others within that minute).
 */
@Singleton
class DatabaseSigningKeys implements SigningKeys {
    static final String CA = "CA";
    static final String SIGNING = "SIGNING";
    static final String TSA = "TSA";
    /** The CRL extension an installation-made certificate has once it names where its status is published. */
    private static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";

    private final SigningKeyRepository rows;
    private final Organizations organizations;
    private final InstallationSecrets secrets;
    private final FakhSettings settings;
    private final String masterFromEnvironment;
    private final Clock clock;
    private final Map<String, SigningIdentity> cache = new ConcurrentHashMap<>();
    private final RevocationView revocations;
    private final TsaSettings tsaSettings;
    private volatile TSPSource timestamps;
    /**
     * The installation CA once its private key was checked against its certificate (an RSA signature and its
     * check): the check ran for every certificate's evidence, every CRL and every OCSP answer, 5 % of issuing's
     * CPU (perf/README.md, "Session 14"). The CA's key never changes once made.
     */
    private volatile CertificateAuthority checkedAuthority;

    DatabaseSigningKeys(SigningKeyRepository rows, Organizations organizations, InstallationSecrets secrets,
                        FakhSettings settings, @Nullable @Value("${fakh.key-master-secret:}") String masterFromEnvironment,
                        TsaSettings tsaSettings, Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.secrets = secrets;
        this.settings = settings;
        this.masterFromEnvironment = masterFromEnvironment;
        this.tsaSettings = tsaSettings;
        this.clock = clock;
        this.revocations = new RevocationView(rows, clock);
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
        // asks the database every time (one indexed row) so a key imported or revoked on another node counts here at once
        List<SigningKeyRow> keys = rows.findByProviderIdAndPurposeAndActiveAndRevokedAtIsNullOrderByCreatedAtDesc(
                providerId, SIGNING, true);
        if (!keys.isEmpty()) {
            SigningKeyRow newest = keys.get(0);
            SigningIdentity identity = cache.computeIfAbsent(newest.kid(), k -> encryption().decrypt(newest.encrypted()));
            if (!madeHereWithoutAddresses(identity)) {
                return identity;
            }
        }
        // the first key is "provider-<id>" (two nodes making it at once agree on it); later ones carry the time
        boolean first = rows.findByKid(kid("provider-" + providerId)).isEmpty();
        String kid = kid("provider-" + providerId + (first ? "" : "-" + clock.millis()));
        OrganizationView provider = organizations.get(providerId);
        SigningIdentity identity = store(ca().issueSigningIdentity(kid, new SignerOrganization(provider.name(), provider.edrpou()),
                KeyAlgorithm.RSA, clock.instant()), providerId, SIGNING);
        cache.put(identity.keyId(), identity);
        revocations.changed();
        return identity;
    }

    /**
     * Keys the installation CA certified before issue 17 lack CRL distribution points and AIA: verifiers could
     * not find their status, so a new key replaces them; the old one stays published for what it signed.
     */
    private boolean madeHereWithoutAddresses(SigningIdentity identity) {
        X509Certificate root = identity.chain().get(identity.chain().size() - 1);
        return root.equals(authority().certificate())
                && identity.certificate().getExtensionValue(CRL_DISTRIBUTION_POINTS) == null;
    }

    @Override
    @Transactional
    public SigningIdentity importForProvider(UUID providerId, byte[] pkcs12, char[] password) {
        organizations.get(providerId);
        Instant now = clock.instant();
        SigningIdentity identity = Pkcs12Import.read(pkcs12, password, kid("provider-" + providerId + "-imported-" + now.toEpochMilli()));
        rows.save(new SigningKeyRow(Ids.newId(), providerId, identity.keyId(), SIGNING, encryption().encryptToString(identity),
                Pem.encode(identity.chain()), now, true, null));
        revocations.changed();
        return identity;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SigningIdentity> published() {
        return rows.findByPurposeAndActiveAndRevokedAtIsNull(SIGNING, true).stream()
                .map(r -> cache.computeIfAbsent(r.kid(), k -> encryption().decrypt(r.encrypted()))).toList();
    }

    @Override
    @Transactional
    public LongTermEvidence evidence() {
        CertificateAuthority ca = ca();
        return new LongTermEvidence(timestamps(), revocations.current(ca).source(), ca.certificate());
    }

    @Override
    @Transactional
    public byte[] timestamp(byte[] timeStampRequest) throws IOException {
        return installationTsa().respond(timeStampRequest);
    }

    @Override
    @Transactional
    public byte[] revocationList() {
        return revocations.current(ca()).der();
    }

    @Override
    @Transactional
    public byte[] ocsp(byte[] request) {
        CertificateAuthority ca = ca();
        return ca.ocspResponse(request, revocations.current(ca)::status, clock.instant());
    }

    @Override
    @Transactional
    public Optional<String> revokeForProvider(UUID providerId) {
        List<SigningKeyRow> keys = rows.findByProviderIdAndPurposeAndActiveAndRevokedAtIsNullOrderByCreatedAtDesc(
                providerId, SIGNING, true);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String kid = keys.get(0).kid();
        rows.revoke(kid, clock.instant());
        revocations.changed();
        return Optional.of(kid);
    }

    private TSPSource timestamps() {
        TSPSource current = timestamps;
        if (current == null) {
            current = tsaSettings.url() == null ? installationTsa() : external(tsaSettings);
            timestamps = current;
        }
        return current;
    }

    private InstallationTsa installationTsa() {
        String kid = kid("installation-tsa");
        SigningIdentity identity = cache.computeIfAbsent(kid, k -> load(k).orElseGet(() ->
                store(ca().issueTimestampingIdentity(k, hostName(), clock.instant()), null, TSA)));
        return new InstallationTsa(identity, clock);
    }

    private static TSPSource external(TsaSettings tsa) {
        TimestampDataLoader loader = new TimestampDataLoader();
        if (tsa.username() != null) {
            URI uri = URI.create(tsa.url());
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            loader.addAuthentication(uri.getHost(), port, uri.getScheme(), tsa.username(),
                    tsa.password() == null ? new char[0] : tsa.password().toCharArray());
        }
        return new OnlineTSPSource(tsa.url(), loader);
    }

    private CertificateAuthority ca() {
        CertificateAuthority ca = checkedAuthority;
        if (ca == null) {
            ca = CertificateAuthority.of(authority()).publishingAt(settings.publicUrl());
            checkedAuthority = ca;
        }
        return ca;
    }

    private Optional<SigningIdentity> load(String kid) {
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
