package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.UnprocessableException;
import ua.fakh.core.secrets.InstallationSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token of an offline window: an HMAC-SHA256 over the attempt, its owner and the window's deadline
 * under an installation secret of its own (every node shares it). It is no JWT and no login secret
 * signs it, so it can never pass as a sign-in; a token of another attempt, person or deadline fails.
 */
@Singleton
class OfflineWindowTokens {
    private static final String SECRET_NAME = "quiz-offline-window";
    private static final String PURPOSE = "fakh-quiz-offline-window-v1";

    private final InstallationSecrets secrets;
    private volatile SecretKeySpec key;

    OfflineWindowTokens(InstallationSecrets secrets) {
        this.secrets = secrets;
    }

    String token(AttemptRow attempt) {
        return sign(PURPOSE + "\n" + attempt.id() + "\n" + attempt.userId() + "\n" + attempt.deadline().toEpochMilli());
    }

    /** @throws UnprocessableException {@code problem.quiz.windowInvalid} unless {@code token} is the attempt's */
    void check(AttemptRow attempt, String token) {
        byte[] expected = token(attempt).getBytes(StandardCharsets.US_ASCII);
        if (token == null || !MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))) {
            throw new UnprocessableException("problem.quiz.windowInvalid");
        }
    }

    private String sign(String claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(claims.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] bytes = Base64.getDecoder().decode(secrets.getOrCreate(SECRET_NAME, () -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                return Base64.getEncoder().encodeToString(fresh);
            }));
            current = new SecretKeySpec(bytes, "HmacSHA256");
            key = current;
        }
        return current;
    }
}
