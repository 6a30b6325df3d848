package ua.fakh.core.auth.internal;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import ua.fakh.core.secrets.InstallationSecrets;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The JWT signing secret: {@code FAKH_JWT_SECRET} when set (at least 32 characters), otherwise
 * generated once and kept in the installation's database, so restarts and other nodes accept
 * the tokens already handed out.
 */
@Factory
class JwtSecretFactory {
    static final String SECRET_NAME = "jwt-hs256";

    @Singleton
    @Named("generator")
    SecretSignature jwtSignature(InstallationSecrets secrets, @Nullable @Value("${fakh.jwt-secret:}") String fromEnvironment) {
        String secret = fromEnvironment != null && fromEnvironment.length() >= 32 ? fromEnvironment
                : secrets.getOrCreate(SECRET_NAME, JwtSecretFactory::randomSecret);
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
