package ua.fakh.courses.plugins.meeting_bigbluebutton;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.spi.MeetingRejectedException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

/**
 * The analytics callback's proof that it comes from the server: {@code Authorization: Bearer <JWT>},
 * HS512 over the shared secret, with an {@code exp} (BigBlueButton gives it a day). Nimbus reads the
 * token; the HMAC is the JDK's, because Nimbus's verifier refuses secrets shorter than 256 bits, and a
 * BigBlueButton secret may be one.
 */
final class BigBlueButtonBearer {
    static final String UNSIGNED = "meeting_bigbluebutton.problem.unsigned";
    static final String EXPIRED = "meeting_bigbluebutton.problem.expired";
    private static final String PREFIX = "Bearer ";

    private BigBlueButtonBearer() {
    }

    /** @throws MeetingRejectedException when the header is missing, not an HS512 JWT signed with {@code secret}, or expired */
    static void verify(@Nullable String authorization, String secret, Instant now) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new MeetingRejectedException(UNSIGNED);
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(PREFIX.length()).strip());
            if (!JWSAlgorithm.HS512.equals(jwt.getHeader().getAlgorithm())
                    || !MessageDigest.isEqual(hmac(jwt.getSigningInput(), secret), jwt.getSignature().decode())) {
                throw new MeetingRejectedException(UNSIGNED);
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(now)) {
                throw new MeetingRejectedException(EXPIRED);
            }
        } catch (ParseException notAJwt) {
            throw new MeetingRejectedException(UNSIGNED);
        }
    }

    static byte[] hmac(byte[] input, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
