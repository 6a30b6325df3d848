package ua.fakh.core.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.secrets.InstallationSecrets;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs and verifies Fakh's JWTs with HS256. The secret is {@code FAKH_JWT_SECRET} when set (at
 * least 32 characters), otherwise generated once and kept in the installation's database, so
 * restarts and other nodes accept the tokens already handed out. Being the only signature
 * configuration also makes Micronaut refuse unsigned ({@code alg: none}) tokens.
 *
 * <p>Written out rather than built from Micronaut's {@code SecretSignature}: that class carries
 * {@code @EachBean(SecretSignatureConfiguration)}, which a factory method inherits, and would then
 * never be created without static configuration.
 */
@Singleton
@Named("generator")
class InstallationJwtSignature implements SignatureGeneratorConfiguration {
    static final String SECRET_NAME = "jwt-hs256";

    private final MACSigner signer;
    private final MACVerifier verifier;

    InstallationJwtSignature(InstallationSecrets secrets, @Nullable @Value("${fakh.jwt-secret:}") String fromEnvironment)
            throws JOSEException {
        String secret = fromEnvironment != null && fromEnvironment.length() >= 32 ? fromEnvironment
                : secrets.getOrCreate(SECRET_NAME, InstallationJwtSignature::randomSecret);
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        this.signer = new MACSigner(key);
        this.verifier = new MACVerifier(key);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only HS256 is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(signer);
        return jwt;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
