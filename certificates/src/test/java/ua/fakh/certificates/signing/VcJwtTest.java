package ua.fakh.certificates.signing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VcJwtTest {
    private static final Map<String, Object> CREDENTIAL = Map.of(
            "id", "urn:uuid:0192f4a1-9d10-7a55-8c2b-3e4f5a6b7c8d",
            "issuer", Map.of("id", "https://fakh.example.org/issuers/p1"),
            "validFrom", "2026-10-05T09:00:00Z",
            "credentialSubject", Map.of("id", "urn:fakh:subject:1"));

    @Test
    void signsWithEs256WhenTheKeyIsOnP256() throws Exception {
        CertificateAuthority authority = CertificateAuthority.create("ec", KeyAlgorithm.EC_P256, CredentialFixtures.NOW);
        SigningIdentity identity = authority.issueSigningIdentity("ec-1", new SignerOrganization("Центр", null),
                KeyAlgorithm.EC_P256, CredentialFixtures.NOW);
        String jwt = VcJwt.sign(CREDENTIAL, identity);
        assertThat(JWSObject.parse(jwt).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(VcJwt.verify(jwt, JWKSet.parse(Jwks.json(List.of(identity)))))
                .containsEntry("sub", "urn:fakh:subject:1").doesNotContainKey("exp");
    }

    @Test
    void refusesClaimsThatDisagreeWithTheCredentialEvenWhenSigned() throws Exception {
        SigningIdentity signing = CredentialFixtures.signing();
        Map<String, Object> payload = new LinkedHashMap<>(CREDENTIAL);
        payload.put("iss", "https://forger.example.com");
        payload.put("jti", CREDENTIAL.get("id"));
        payload.put("sub", "urn:fakh:subject:1");
        payload.put("nbf", CredentialFixtures.NOW.getEpochSecond());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.keyId())
                .type(new JOSEObjectType("vc+jwt")).build(), new Payload(payload));
        jws.sign(new RSASSASigner(signing.privateKey()));
        assertThatThrownBy(() -> VcJwt.verify(jws.serialize(), JWKSet.parse(Jwks.json(List.of(signing)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iss");
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> VcJwt.verify("not.a.jwt", new JWKSet())).isInstanceOf(IllegalArgumentException.class);
    }
}
