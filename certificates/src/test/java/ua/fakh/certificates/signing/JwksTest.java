package ua.fakh.certificates.signing;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwksTest {

    @Test
    void publishesThePublicKeyWithItsChain() throws Exception {
        String json = Jwks.json(List.of(CredentialFixtures.signing()));
        JWKSet set = JWKSet.parse(json);
        JWK key = set.getKeyByKeyId(Jwks.publishedKid(CredentialFixtures.signing().keyId()));
        assertThat(key).isInstanceOf(RSAKey.class);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getParsedX509CertChain()).containsExactlyElementsOf(CredentialFixtures.signing().chain());
        assertThat(((RSAKey) key).toRSAPublicKey()).isEqualTo(CredentialFixtures.signing().certificate().getPublicKey());
        assertThat(json).contains("\"kty\":\"RSA\"", "\"use\":\"sig\"", "\"x5c\"").doesNotContain("\"d\"", "\"p\"");
    }

    @Test
    void namesEllipticCurveKeysEs256() throws Exception {
        CertificateAuthority authority = CertificateAuthority.create("ec", KeyAlgorithm.EC_P256, CredentialFixtures.NOW);
        SigningIdentity identity = authority.issueSigningIdentity("ec-1", new SignerOrganization("Центр", null),
                KeyAlgorithm.EC_P256, CredentialFixtures.NOW);
        JWK key = JWKSet.parse(Jwks.json(List.of(identity, CredentialFixtures.signing()))).getKeyByKeyId("ec-1");
        assertThat(key).isInstanceOf(ECKey.class);
        assertThat(key.getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(((ECKey) key).getCurve().getName()).isEqualTo("P-256");
    }

    @Test
    void publishesAStoredSetFragmentKidAsTheUrlOfThatOneKey() {
        assertThat(Jwks.publishedKid("https://fakh.example.org/.well-known/jwks.json#provider-1"))
                .isEqualTo("https://fakh.example.org/.well-known/jwks/provider-1");
        assertThat(Jwks.publishedKid("ec-1")).isEqualTo("ec-1");
        assertThat(Jwks.keyName("https://fakh.example.org/.well-known/jwks.json#provider-1")).isEqualTo("provider-1");
        assertThat(Jwks.keyName("https://fakh.example.org/.well-known/jwks/provider-1")).isEqualTo("provider-1");
        assertThat(Jwks.keyName("ec-1")).isNull();
    }
}
