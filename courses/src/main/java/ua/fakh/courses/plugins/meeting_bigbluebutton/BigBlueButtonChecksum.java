package ua.fakh.courses.plugins.meeting_bigbluebutton;

import ua.fakh.courses.spi.MeetingUnavailableException;
import ua.fakh.courses.spi.MeetingUnavailableException.Reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;

/**
 * BigBlueButton's call signature: {@code checksum = hex(hash(callName + query + secret))}, where
 * {@code query} is the query string exactly as sent, without the checksum itself. The server tells
 * the hash by the checksum's length (40 hex digits sha1, 64 sha256, 96 sha384, 128 sha512).
 */
final class BigBlueButtonChecksum {
    private static final Map<String, String> DIGESTS = Map.of("sha1", "SHA-1", "sha256", "SHA-256", "sha384", "SHA-384",
            "sha512", "SHA-512");

    private BigBlueButtonChecksum() {
    }

    static boolean isKnown(String algorithm) {
        return DIGESTS.containsKey(algorithm);
    }

    static String of(String callName, String query, String secret, String algorithm) {
        String digest = DIGESTS.get(algorithm);
        if (digest == null) {
            // the plugin is not offered then (isConfigured), so only a direct call meets this
            throw new MeetingUnavailableException(Reason.NOT_CONFIGURED, MeetingBigBlueButton.ID, "FAKH_BBB_CHECKSUM " + algorithm);
        }
        try {
            byte[] hash = MessageDigest.getInstance(digest).digest((callName + query + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code name=value&…} in the given order, each part percent-encoded as a URL's query wants it
     * (a space as {@code %20}: every BigBlueButton reads that the same way).
     */
    static String query(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
