package ua.fakh.certificates.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pkcs12ImportTest {
    private static final char[] PASSWORD = "pechatka-2026".toCharArray();

    @Test
    void readsAnOperatorsSealWithItsChain() throws Exception {
        SigningIdentity seal = CredentialFixtures.signing();
        SigningIdentity read = Pkcs12Import.read(pkcs12(store -> store.setKeyEntry("seal", seal.privateKey(), PASSWORD,
                seal.chain().toArray(new Certificate[0]))), PASSWORD, "imported-1");
        assertThat(read.keyId()).isEqualTo("imported-1");
        assertThat(read.privateKey()).isEqualTo(seal.privateKey());
        assertThat(read.chain()).containsExactlyElementsOf(seal.chain());
    }

    @Test
    void saysSoWhenThePasswordIsWrong() throws Exception {
        SigningIdentity seal = CredentialFixtures.signing();
        byte[] file = pkcs12(store -> store.setKeyEntry("seal", seal.privateKey(), PASSWORD,
                seal.chain().toArray(new Certificate[0])));
        assertThatThrownBy(() -> Pkcs12Import.read(file, "wrong".toCharArray(), "k"))
                .isInstanceOf(InvalidSigningKeyException.class).hasMessage("Wrong password for the PKCS#12 file");
    }

    @Test
    void explainsThatJavaNeedsALatinPassword() throws Exception {
        SigningIdentity seal = CredentialFixtures.signing();
        byte[] file = pkcs12(store -> store.setKeyEntry("seal", seal.privateKey(), PASSWORD,
                seal.chain().toArray(new Certificate[0])));
        assertThatThrownBy(() -> Pkcs12Import.read(file, "печатка".toCharArray(), "k"))
                .isInstanceOf(InvalidSigningKeyException.class).hasMessageContaining("Latin letters");
    }

    @Test
    void saysSoWhenThereIsNoPrivateKey() throws Exception {
        byte[] file = pkcs12(store -> store.setCertificateEntry("ca", CredentialFixtures.authority().certificate()));
        assertThatThrownBy(() -> Pkcs12Import.read(file, PASSWORD, "k"))
                .isInstanceOf(InvalidSigningKeyException.class).hasMessageContaining("holds no private key");
    }

    @Test
    void saysSoWhenTheFileIsNoPkcs12() {
        assertThatThrownBy(() -> Pkcs12Import.read("not a key".getBytes(), PASSWORD, "k"))
                .isInstanceOf(InvalidSigningKeyException.class).hasMessageContaining("Not a PKCS#12 file");
    }

    @Test
    void takesTheSigningKeyAndSkipsAnEncryptionKey() throws Exception {
        SigningIdentity seal = CredentialFixtures.signing();
        KeyPair encryption = KeyAlgorithm.EC_P256.generate();
        X500Name name = X500Name.getInstance(seal.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate encryptionCertificate = new CertificateMaker(name, encryption.getPrivate(), null)
                .subject(name, encryption.getPublic()).validity(CredentialFixtures.NOW, CredentialFixtures.NOW.plusSeconds(86400))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyAgreement)).make();
        byte[] file = pkcs12(store -> {
            store.setKeyEntry("a-encryption", encryption.getPrivate(), PASSWORD, new Certificate[]{encryptionCertificate});
            store.setKeyEntry("b-signing", seal.privateKey(), PASSWORD, seal.chain().toArray(new Certificate[0]));
        });
        assertThat(Pkcs12Import.read(file, PASSWORD, "k").certificate()).isEqualTo(seal.certificate());
    }

    interface Fill {
        void into(KeyStore store) throws Exception;
    }

    static byte[] pkcs12(Fill fill) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        fill.into(store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        return out.toByteArray();
    }
}
