package ua.fakh.certificates.signing;

import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PemTest {

    @Test
    void givesBackTheChainItWrote() {
        String pem = Pem.encode(CredentialFixtures.signing().chain());
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(Pem.decodeCertificates(pem)).containsExactlyElementsOf(CredentialFixtures.signing().chain());
    }

    @Test
    void refusesTextWithoutCertificates() {
        assertThatThrownBy(() -> Pem.decodeCertificates("hello")).isInstanceOf(IllegalArgumentException.class);
    }
}
