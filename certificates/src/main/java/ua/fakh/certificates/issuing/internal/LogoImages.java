package ua.fakh.certificates.issuing.internal;

import ua.fakh.core.errors.UnprocessableException;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

/** A provider's logo is checked by its bytes (never by the name or the declared type): a PNG or JPEG that decodes. */
final class LogoImages {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private LogoImages() {
    }

    /** The file extension of an acceptable logo. */
    static String check(byte[] image, int maxBytes) {
        if (image.length == 0) {
            throw new UnprocessableException("problem.logo.empty");
        }
        if (image.length > maxBytes) {
            throw new UnprocessableException("problem.logo.atMostKb", maxBytes / 1024);
        }
        String type = startsWith(image, PNG) ? "png" : startsWith(image, JPEG) ? "jpg" : null;
        if (type == null) {
            throw new UnprocessableException("problem.logo.notImage");
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(image)) == null) {
                throw new UnprocessableException("problem.logo.unreadable");
            }
        } catch (IOException damaged) {
            throw new UnprocessableException("problem.logo.damaged");
        }
        return type;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
