package ua.fakh.certificates.signing;

import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEncryptionTest {
    private static final String MASTER = "k7yqN0m3r4n6d0m-m4st3r-s3cr3t-of-th1s-1nst4ll4t10n";
    private final KeyEncryption encryption = new KeyEncryption(MASTER);

    @Test
    void givesBackTheSameKeyChainAndId() {
        SigningIdentity identity = CredentialFixtures.signing();
        SigningIdentity back = encryption.decrypt(encryption.encrypt(identity));
        assertThat(back.keyId()).isEqualTo(identity.keyId());
        assertThat(back.privateKey()).isEqualTo(identity.privateKey());
        assertThat(back.chain()).containsExactlyElementsOf(identity.chain());
    }

    @Test
    void storesAsTextAndEncryptsDifferentlyEachTime() {
        String once = encryption.encryptToString(CredentialFixtures.signing());
        String again = encryption.encryptToString(CredentialFixtures.signing());
        // not the key in the clear: no stretch of its encoding's base64 appears (a fixed "MII" would also match random text now and then)
        String clear = java.util.Base64.getEncoder().encodeToString(CredentialFixtures.signing().privateKey().getEncoded());
        assertThat(once).startsWith("fakh-key-v1.").isNotEqualTo(again).doesNotContain(clear.substring(0, 24))
                .doesNotContain(clear.substring(clear.length() / 2, clear.length() / 2 + 24));
        assertThat(encryption.decrypt(once).privateKey()).isEqualTo(CredentialFixtures.signing().privateKey());
    }

    @Test
    void keepsEllipticCurveKeys() {
        SigningIdentity identity = CertificateAuthority.create("ec", KeyAlgorithm.EC_P256, CredentialFixtures.NOW)
                .asSigningIdentity("ca-ec");
        assertThat(encryption.decrypt(encryption.encrypt(identity)).privateKey()).isEqualTo(identity.privateKey());
    }

    @Test
    void refusesAnotherMasterSecret() {
        byte[] sealed = encryption.encrypt(CredentialFixtures.signing());
        assertThatThrownBy(() -> new KeyEncryption(MASTER + "!").decrypt(sealed))
                .isInstanceOf(CredentialException.class).hasMessageContaining("another master secret");
    }

    @Test
    void noticesOneChangedByte() {
        byte[] sealed = encryption.encrypt(CredentialFixtures.signing());
        for (int at : new int[]{2, 10, 25, sealed.length / 2, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> encryption.decrypt(changed)).isInstanceOf(CredentialException.class);
        }
    }

    @Test
    void refusesAShortMasterSecret() {
        assertThatThrownBy(() -> new KeyEncryption("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
