package ua.fakh.certificates.signing;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class BitstringStatusListTest {
    private static final String LIST = "https://fakh.example.org/status/1";

    @Test
    void encodesAtLeastSixteenKibibytesAsMultibaseBase64UrlGzip() throws Exception {
        String encoded = BitstringStatusList.encode(new BitSet());
        assertThat(encoded).startsWith("uH4sI").doesNotContain("=", "+", "/");
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertThat(bits).hasSize(16_384).containsOnly(0);
    }

    @Test
    void putsBitZeroInTheHighestBitOfTheFirstByte() throws Exception {
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(9);
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder()
                .decode(BitstringStatusList.encode(revoked).substring(1)))).readAllBytes();
        assertThat(bits[0]).isEqualTo((byte) 0x80);
        assertThat(bits[1]).isEqualTo((byte) 0x40);
    }

    @Test
    void readsBackWhatItWrote() {
        BitSet revoked = new BitSet();
        revoked.set(3);
        revoked.set(4242);
        revoked.set(131_071);
        String encoded = BitstringStatusList.encode(revoked);
        assertThat(BitstringStatusList.decode(encoded)).isEqualTo(revoked);
        assertThat(BitstringStatusList.isSet(encoded, 4242)).isTrue();
        assertThat(BitstringStatusList.isSet(encoded, 4241)).isFalse();
    }

    @Test
    void growsBeyondTheMinimumWhenIndexesDo() {
        BitSet revoked = new BitSet();
        revoked.set(200_000);
        assertThat(BitstringStatusList.isSet(BitstringStatusList.encode(revoked), 200_000)).isTrue();
    }

    @Test
    void describesACredentialsEntry() {
        assertThat(BitstringStatusList.entry(LIST, 4242)).isEqualTo(Map.of("id", LIST + "#4242",
                "type", "BitstringStatusListEntry", "statusPurpose", "revocation", "statusListIndex", "4242",
                "statusListCredential", LIST));
    }

    @Test
    void publishesASignedStatusListCredential() throws Exception {
        BitSet revoked = new BitSet();
        revoked.set(4242);
        String jwt = BitstringStatusList.signedCredential(LIST, "https://fakh.example.org/issuers/p1", revoked,
                CredentialFixtures.NOW, CredentialFixtures.NOW.plusSeconds(86_400), CredentialFixtures.signing());
        Map<String, Object> credential = VcJwt.verify(jwt, JWKSet.parse(Jwks.json(List.of(CredentialFixtures.signing()))));
        assertThat(credential.get("type")).isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
        assertThat(subject).containsEntry("id", LIST + "#list").containsEntry("type", "BitstringStatusList")
                .containsEntry("statusPurpose", "revocation");
        assertThat(BitstringStatusList.isSet((String) subject.get("encodedList"), 4242)).isTrue();
        assertThat(BitstringStatusList.credentialJson(LIST, "https://fakh.example.org/issuers/p1", revoked,
                CredentialFixtures.NOW, null)).contains("\"validFrom\":\"2026-10-05T09:00:00Z\"").doesNotContain("validUntil");
    }
}
