package ua.fakh.courses.plugins.meeting_jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingUnavailableException;
import ua.fakh.courses.spi.MeetingUnavailableException.Reason;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A join token as Jitsi Meet's token authentication (Prosody's {@code mod_auth_token}, shared-secret
 * mode) reads it: HS256, header {@code typ: JWT}; {@code iss} the application id, {@code aud} "jitsi",
 * {@code sub} the Jitsi domain, {@code room} the room's name, {@code nbf}/{@code exp}, and
 * {@code context.user} with the person's id, name and {@code moderator} ("true"/"false", as strings:
 * the user object takes strings, numbers or null only).
 */
final class JitsiToken {
    static final String AUDIENCE = "jitsi";
    /** Tolerated clock difference between Fakh and the Jitsi server. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private JitsiToken() {
    }

    static String sign(JitsiSettings settings, String domain, String room, MeetingParticipant participant, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.appId())
                .audience(AUDIENCE)
                .subject(domain)
                .claim("room", room)
                .notBeforeTime(Date.from(now.minus(SKEW)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.tokenLifetime())))
                .claim("context", Map.of("user", Map.of("id", participant.userId().toString(), "name", participant.displayName(),
                        "moderator", Boolean.toString(participant.moderator()))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(settings.secret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException unusable) {
            throw new MeetingUnavailableException(Reason.NOT_CONFIGURED, JitsiMeeting.ID, "FAKH_JITSI_SECRET HS256", unusable);
        }
        return jwt.serialize();
    }

    /** HS256 wants a key at least as long as its hash (RFC 7518, 3.2): 32 bytes. */
    static boolean isUsableSecret(String secret) {
        return secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= 32;
    }
}
