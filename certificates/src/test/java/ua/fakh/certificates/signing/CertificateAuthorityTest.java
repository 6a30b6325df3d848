package ua.fakh.certificates.signing;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateAuthorityTest {
    private static final Instant NOW = CredentialFixtures.NOW;

    @Test
    void makesASelfSignedTenYearInstallationCa() throws Exception {
        X509Certificate ca = CredentialFixtures.authority().certificate();
        ca.verify(ca.getPublicKey());
        assertThat(value(ca, BCStyle.CN)).isEqualTo("Fakh installation CA Харків");
        assertThat(ca.getBasicConstraints()).isEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(years(ca)).isEqualTo(10);
        assertThat(ca.getPublicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void issuesAProviderCertificateWhoseCyrillicNameIsKeptAsUtf8() throws Exception {
        X509Certificate signer = CredentialFixtures.signing().certificate();
        signer.verify(CredentialFixtures.authority().certificate().getPublicKey());
        X500Name subject = X500Name.getInstance(signer.getSubjectX500Principal().getEncoded());
        assertThat(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue()).isInstanceOf(DERUTF8String.class);
        assertThat(value(signer, BCStyle.CN)).isEqualTo("Харківський обласний центр соціальних служб");
        assertThat(value(signer, BCStyle.O)).isEqualTo("Харківський обласний центр соціальних служб");
        assertThat(value(signer, BCStyle.ORGANIZATION_IDENTIFIER)).isEqualTo("NTRUA-14360570");
        assertThat(value(signer, BCStyle.C)).isEqualTo("UA");
    }

    @Test
    void issuesAThreeYearCertificateForSigningDocumentsOnly() throws Exception {
        X509Certificate signer = CredentialFixtures.signing().certificate();
        assertThat(signer.getBasicConstraints()).isEqualTo(-1);
        boolean[] usage = signer.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(signer.getExtendedKeyUsage()).containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.36", "1.3.6.1.5.5.7.3.4");
        assertThat(years(signer)).isEqualTo(3);
        assertThat(CredentialFixtures.signing().chain()).hasSize(2).last()
                .isEqualTo(CredentialFixtures.authority().certificate());
    }

    @Test
    void leavesOutTheOrganizationIdentifierOfAProviderWithoutEdrpou() {
        X509Certificate signer = CredentialFixtures.authority().issueSigningCertificate(
                CredentialFixtures.signing().certificate().getPublicKey(), new SignerOrganization("ГО «Разом»", null), NOW);
        X500Name subject = X500Name.getInstance(signer.getSubjectX500Principal().getEncoded());
        assertThat(subject.getRDNs(BCStyle.ORGANIZATION_IDENTIFIER)).isEmpty();
        assertThat(value(signer, BCStyle.CN)).isEqualTo("ГО «Разом»");
    }

    @Test
    void neverLetsASignerOutliveItsCa() {
        Instant late = NOW.plus(Duration.ofDays(365 * 9));
        X509Certificate signer = CredentialFixtures.authority().issueSigningCertificate(
                CredentialFixtures.signing().certificate().getPublicKey(), new SignerOrganization("Центр", "14360570"), late);
        assertThat(signer.getNotAfter()).isEqualTo(CredentialFixtures.authority().certificate().getNotAfter());
    }

    @Test
    void refusesAnEdrpouThatIsNotEightDigits() {
        assertThatThrownBy(() -> new SignerOrganization("Центр", "1436057")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignerOrganization(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comesBackFromStorageAndRefusesAnotherKey() {
        CertificateAuthority authority = CredentialFixtures.authority();
        CertificateAuthority restored = CertificateAuthority.of(authority.asSigningIdentity("ca"));
        assertThat(restored.certificate()).isEqualTo(authority.certificate());
        SigningIdentity mixed = new SigningIdentity("ca", CredentialFixtures.signing().privateKey(),
                List.of(authority.certificate()));
        assertThatThrownBy(() -> CertificateAuthority.of(mixed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateAuthority.of(CredentialFixtures.signing()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a CA");
    }

    @Test
    void makesEllipticCurveKeysToo() throws Exception {
        CertificateAuthority authority = CertificateAuthority.create("тест", KeyAlgorithm.EC_P256, NOW);
        SigningIdentity identity = authority.issueSigningIdentity("k1", new SignerOrganization("Центр", null),
                KeyAlgorithm.EC_P256, NOW);
        identity.certificate().verify(authority.certificate().getPublicKey());
        assertThat(identity.certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(KeyAlgorithm.of(identity.privateKey())).isEqualTo(KeyAlgorithm.EC_P256);
    }

    static String value(X509Certificate certificate, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return ((ASN1String) name.getRDNs(type)[0].getFirst().getValue()).getString();
    }

    private static long years(X509Certificate certificate) {
        return ChronoUnit.YEARS.between(
                certificate.getNotBefore().toInstant().atOffset(ZoneOffset.UTC),
                certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).plusHours(1));
    }
}
