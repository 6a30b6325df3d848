package ua.fakh.certificates.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.SigningIdentity;

import java.security.interfaces.ECPrivateKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A W3C Verifiable Credential (data model 2.0) secured as a JWS in compact form, as Open Badges 3.0
 * section 8.2 describes it: the JWT payload <em>is</em> the credential, with the claims {@code iss}
 * (issuer id), {@code jti} (credential id), {@code sub} (subject id), {@code nbf} ({@code validFrom}) and
 * {@code exp} ({@code validUntil}) added; no {@code vc} wrapper (that was the VC 1.1 form). The header has
 * {@code alg} (RS256 or ES256, from the key), {@code kid} (a URL that answers with exactly that one public JWK,
 * see {@link Jwks#publishedKid}) and {@code typ} {@value #TYPE}, and nothing else: Open Badges 3.0, section
 * "Create the JOSE Header" (https://www.imsglobal.org/spec/ob/v3p0/#joseheader), says "Additional JOSE Headers are
 * NOT allowed", "kid: A URI that can be dereferenced to an object of type JWK" and "typ: If present, MUST be set to
 * "JWT"." VC-JOSE-COSE's {@code vc+jwt} is therefore not used in the header.
 */
public final class VcJwt {
    /** The JOSE {@code typ}: Open Badges 3.0, "Create the JOSE Header": "If present, MUST be set to "JWT"." */
    public static final String TYPE = "JWT";
    /** The media type of the file (VC-JOSE-COSE, section 6.1 "Media Types"); the JOSE {@code typ} stays {@value #TYPE}. */
    public static final String MEDIA_TYPE = "application/vc+jwt";

    private VcJwt() {
    }

    /**
     * Signs {@code credential} (which must have {@code id}, {@code issuer}, {@code validFrom}).
     *
     * @return the compact JWS, {@code header.payload.signature}
     */
    public static String sign(Map<String, Object> credential, SigningIdentity signing) {
        Claims claims = Claims.of(credential);
        Map<String, Object> payload = new LinkedHashMap<>(credential);
        payload.put("iss", claims.issuer());
        if (claims.subject() != null) {
            payload.put("sub", claims.subject());
        }
        payload.put("jti", claims.id());
        payload.put("nbf", claims.validFrom().getEpochSecond());
        if (claims.validUntil() != null) {
            payload.put("exp", claims.validUntil().getEpochSecond());
        }
        KeyAlgorithm algorithm = KeyAlgorithm.of(signing.privateKey());
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm.jwsAlgorithm()))
                .keyID(Jwks.publishedKid(signing.keyId())).type(new JOSEObjectType(TYPE)).build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(payload)));
            jws.sign(signer(signing, algorithm));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new CredentialException("The credential could not be signed with key " + signing.keyId(), e);
        }
    }

    /**
     * Checks a VC-JWT against published keys: the key named by {@code kid}, the signature, and that the
     * JWT claims agree with the credential inside (OB 3.0 section 8.2.4.1). Does not judge dates or revocation.
     *
     * @return the credential with the JWT claims
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Map<String, Object> verify(String compact, JWKSet keys) {
        try {
            JWSObject jws = JWSObject.parse(compact.strip());
            String kid = jws.getHeader().getKeyID();
            // credentials signed before kids became single-key URLs name the key by its JWK Set fragment
            JWK key = kid == null ? null : keys.getKeyByKeyId(kid);
            if (key == null && kid != null) {
                key = keys.getKeyByKeyId(Jwks.publishedKid(kid));
            }
            if (!(key instanceof AsymmetricJWK publicKey)) {
                throw new IllegalArgumentException("Unknown signing key " + jws.getHeader().getKeyID());
            }
            if (!jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey.toPublicKey()))) {
                throw new IllegalArgumentException("The signature does not match the credential");
            }
            Map<String, Object> payload = jws.getPayload().toJSONObject();
            Claims expected = Claims.of(payload);
            require("iss", payload.get("iss"), expected.issuer());
            require("jti", payload.get("jti"), expected.id());
            require("sub", payload.get("sub"), expected.subject());
            require("nbf", number(payload.get("nbf")), expected.validFrom().getEpochSecond());
            require("exp", number(payload.get("exp")),
                    expected.validUntil() == null ? null : expected.validUntil().getEpochSecond());
            return payload;
        } catch (ParseException | JOSEException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a readable VC-JWT: " + e.getMessage(), e);
        }
    }

    private static JWSSigner signer(SigningIdentity signing, KeyAlgorithm algorithm) throws JOSEException {
        return algorithm == KeyAlgorithm.RSA ? new RSASSASigner(signing.privateKey())
                : new ECDSASigner((ECPrivateKey) signing.privateKey());
    }

    private static void require(String claim, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            throw new IllegalArgumentException("The JWT claim " + claim + " (" + actual + ") does not match the credential ("
                    + expected + ")");
        }
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** What the JWT claims mirror, read from the credential. */
    private record Claims(String issuer, String id, String subject, Instant validFrom, Instant validUntil) {
        @SuppressWarnings("unchecked")
        static Claims of(Map<String, Object> credential) {
            Object issuer = credential.get("issuer");
            String issuerId = issuer instanceof Map<?, ?> profile ? (String) profile.get("id") : (String) issuer;
            Object subject = credential.get("credentialSubject");
            String subjectId = subject instanceof Map<?, ?> map ? (String) ((Map<String, Object>) map).get("id") : null;
            Object until = credential.get("validUntil");
            return new Claims(Objects.requireNonNull(issuerId, "issuer"),
                    Objects.requireNonNull((String) credential.get("id"), "id"), subjectId,
                    Instant.parse(Objects.requireNonNull((String) credential.get("validFrom"), "validFrom")),
                    until == null ? null : Instant.parse((String) until));
        }
    }
}
