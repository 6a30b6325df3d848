package ua.fakh.certificates.plugins.credential_ob3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.signing.Jwks;
import ua.fakh.certificates.signing.VcJwt;
import ua.fakh.certificates.spi.CertificateSnapshot;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.CredentialFormat;
import ua.fakh.certificates.spi.CredentialFormatContract;
import ua.fakh.certificates.spi.IssuerContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenBadgeCredentialFormatTest extends CredentialFormatContract {
    /** Terms of the VC 2.0 context (https://www.w3.org/ns/credentials/v2) the credential uses. */
    private static final Set<String> VC_TERMS = Set.of("@context", "id", "type", "name", "description", "issuer",
            "validFrom", "validUntil", "credentialSubject", "credentialSchema", "credentialStatus", "statusPurpose",
            "statusListIndex", "statusListCredential");

    private final OpenBadgeCredentialFormat format = new OpenBadgeCredentialFormat();

    @Override
    protected CredentialFormat format() {
        return format;
    }

    @Override
    protected boolean verifies(byte[] rendered, IssuerContext issuer) {
        try {
            VcJwt.verify(new String(rendered, StandardCharsets.US_ASCII), JWKSet.parse(Jwks.json(List.of(issuer.signing()))));
            return true;
        } catch (IllegalArgumentException | ParseException e) {
            return false;
        }
    }

    @Override
    protected byte[] tampered(byte[] rendered) {
        String jwt = new String(rendered, StandardCharsets.US_ASCII);
        String[] parts = jwt.split("\\.");
        Map<String, Object> payload = payloadOf(rendered);
        payload.put("name", "Сертифікат, якого ніхто не видавав");
        return (parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(payload)) + "." + parts[2])
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected String readableContent(byte[] rendered) {
        List<String> values = new ArrayList<>();
        collectValues(payloadOf(rendered), values);
        return String.join("\n", values);
    }

    @Override
    protected Map<String, List<String>> expectedAppearances(CertificateSnapshot c) {
        Map<String, List<String>> expected = new HashMap<>();
        expected.put("id", List.of("urn:uuid:" + c.id()));
        expected.put("serialNumber", List.of(c.serialNumber()));
        expected.put("verificationCode", List.of(c.verificationCode(), "https://fakh.example.org/verify/" + c.verificationCode()));
        expected.put("subjectId", List.of(c.subjectId()));
        expected.put("holderName", List.of(c.holderName()));
        expected.put("courseTitle", List.of(c.courseTitle()));
        expected.put("hours", List.of("24 год."));
        expected.put("ectsCredits", List.of("кредитів ЄКТС: 0,8", "0.8"));
        expected.put("outcomes", c.outcomes().stream().map(outcome -> "- " + outcome).toList());
        expected.put("providerName", List.of(c.providerName()));
        expected.put("providerEdrpou", List.of("14360570", "ext:EDRPOU"));
        expected.put("trainingStart", List.of("2026-10-01T00:00:00+03:00", "01.10.2026"));
        expected.put("trainingEnd", List.of("2026-10-03T23:59:59+03:00", "03.10.2026"));
        expected.put("result", List.of(c.result()));
        expected.put("signatoryName", List.of(c.signatoryName()));
        expected.put("signatoryPosition", List.of(c.signatoryPosition()));
        expected.put("issuedAt", List.of("2026-10-05T09:00:00Z"));
        expected.put("validUntil", List.of("2029-10-05T20:59:59Z", "05.10.2029"));
        expected.put("language", List.of(c.language()));
        return expected;
    }

    @Override
    protected Map<String, String> notStated() {
        return Map.of("courseTitleEn", "Open Badges names are single strings here; the credential speaks Ukrainian",
                "providerNameEn", "the issuer profile carries the Ukrainian name");
    }

    @Test
    void validatesAgainstThe1EdTechSchema() throws Exception {
        JsonSchema schema = schema();
        for (CertificateSnapshot certificate : List.of(CredentialFixtures.ukrainianSnapshot(),
                CredentialFixtures.minimalSnapshot())) {
            JsonNode credential = new ObjectMapper().readTree(
                    JSONObjectUtils.toJSONString(format.credential(certificate, CredentialFixtures.issuer())));
            Set<ValidationMessage> errors = schema.validate(credential);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void wouldNoticeACredentialTheSchemaForbids() throws Exception {
        Map<String, Object> credential = format.credential(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
        credential.remove("issuer");
        credential.put("validFrom", "yesterday");
        Set<ValidationMessage> errors = schema().validate(new ObjectMapper().readTree(JSONObjectUtils.toJSONString(credential)));
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(message -> message.contains("issuer"));
    }

    private JsonSchema schema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/standards/ob_v3p0_achievementcredential_schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
        }
    }

    @Test
    void usesOnlyTermsTheContextsDefine() throws Exception {
        Set<String> defined = new HashSet<>(VC_TERMS);
        try (InputStream in = getClass().getResourceAsStream("/standards/ob-v3p0-context-3.0.3.json")) {
            collectKeys(JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), defined);
        }
        Set<String> used = new HashSet<>();
        collectKeys(format.credential(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer()), used);
        assertThat(defined).containsAll(used);
    }

    @Test
    void isAVcJwtWhoseSignatureNimbusChecksWithThePublishedKey() throws Exception {
        JWSObject jws = JWSObject.parse(new String(render(), StandardCharsets.US_ASCII));
        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        // Open Badges 3.0, "Create the JOSE Header": typ "If present, MUST be set to "JWT""; kid a URL of one JWK
        assertThat(jws.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jws.getHeader().getKeyID()).isEqualTo("https://fakh.example.org/.well-known/jwks/provider-1");
        assertThat(jws.getHeader().getIncludedParams()).containsExactlyInAnyOrder("alg", "kid", "typ");
        RSAKey published = (RSAKey) JWKSet.parse(Jwks.json(List.of(CredentialFixtures.signing())))
                .getKeyByKeyId(jws.getHeader().getKeyID());
        assertThat(jws.verify(new RSASSAVerifier(published))).isTrue();
    }

    @Test
    void carriesTheCredentialAsThePayloadWithMirroringClaims() {
        Map<String, Object> payload = payloadOf(render());
        assertThat(payload).containsEntry("iss", "https://fakh.example.org/issuers/0192f4a1-7c3e-7d2a-9b1e-5f0a3c6d8e21")
                .containsEntry("sub", "urn:fakh:subject:3f9a1c0e5b7d4a2f8c6e1b3d5f7a9c0e")
                .containsEntry("jti", "urn:uuid:0192f4a1-9d10-7a55-8c2b-3e4f5a6b7c8d")
                .containsEntry("nbf", CredentialFixtures.NOW.getEpochSecond())
                .containsEntry("exp", Instant.parse("2029-10-05T20:59:59Z").getEpochSecond())
                .doesNotContainKey("vc");
        assertThat(payload.get("@context")).isEqualTo(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(payload.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(payload.get("credentialStatus")).isEqualTo(Map.of("id", "https://fakh.example.org/status/1#4242",
                "type", "BitstringStatusListEntry", "statusPurpose", "revocation", "statusListIndex", "4242",
                "statusListCredential", "https://fakh.example.org/status/1"));
    }

    @Test
    void refusesAPayloadWhoseClaimsDisagreeWithTheCredential() {
        Map<String, Object> credential = format.credential(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
        String jwt = VcJwt.sign(credential, CredentialFixtures.signing());
        assertThat(VcJwt.verify(jwt, keys())).containsEntry("jti", credential.get("id"));
        assertThatThrownBy(() -> VcJwt.verify(jwt, new JWKSet()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown signing key");
    }

    @Test
    void givesTheSameJwtForTheSameCertificate() {
        assertThat(render()).isEqualTo(render());
    }

    private byte[] render() {
        return format.render(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
    }

    private static JWKSet keys() {
        try {
            return JWKSet.parse(Jwks.json(List.of(CredentialFixtures.signing())));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> payloadOf(byte[] rendered) {
        try {
            return JWSObject.parse(new String(rendered, StandardCharsets.US_ASCII)).getPayload().toJSONObject();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectValues(Object node, List<String> values) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collectValues(value, values));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectValues(value, values));
        } else if (node != null) {
            values.add(node.toString());
        }
    }

    private static void collectKeys(Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add((String) key);
                collectKeys(value, keys);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectKeys(value, keys));
        }
    }
}
