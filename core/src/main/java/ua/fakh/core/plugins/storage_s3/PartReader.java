package ua.fakh.core.plugins.storage_s3;

import ua.fakh.core.storage.BlobTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cuts the content into parts, counting and hashing every byte as it passes, and stops with
 * {@link BlobTooLargeException} as soon as more than the limit has arrived: so no more than one part
 * is ever held, and an over-size upload is refused before its extra bytes are sent anywhere.
 */
final class PartReader {
    private final PushbackInputStream in;
    private final long maxBytes;
    private final MessageDigest sha256;
    private long total;

    PartReader(InputStream content, long maxBytes) {
        this.in = new PushbackInputStream(content, 1);
        this.maxBytes = maxBytes;
        this.sha256 = newSha256();
    }

    /** Fills {@code part} from {@code from} as far as the content goes; returns how many bytes it now holds. */
    int fill(byte[] part, int from) throws IOException {
        int filled = from;
        while (filled < part.length) {
            int read = in.read(part, filled, part.length - filled);
            if (read < 0) {
                break;
            }
            total += read;
            if (total > maxBytes) {
                throw new BlobTooLargeException(maxBytes);
            }
            sha256.update(part, filled, read);
            filled += read;
        }
        return filled;
    }

    /** True when the content has no more bytes (peeks one byte ahead and puts it back). */
    boolean finished() throws IOException {
        int next = in.read();
        if (next < 0) {
            return true;
        }
        in.unread(next);
        return false;
    }

    long total() {
        return total;
    }

    /** The lower-case hex SHA-256 of everything read; call once, at the end. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
