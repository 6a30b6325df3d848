package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

/** Whether a signature's {@code /ByteRange} covers the whole file except its own hex value. */
final class ByteRanges {
    private ByteRanges() {
    }

    /** @return what is wrong, or {@code null} when the range is right */
    @Nullable
    static String problem(int[] range, byte[] pdf) {
        if (range == null || range.length != 4) {
            return "The signature has no usable byte range";
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (range[0] != 0 || gapStart <= 0 || gapEnd <= gapStart || range[3] < 0 || gapEnd + range[3] != pdf.length) {
            return "The signature does not cover the whole file: something was added or removed after signing";
        }
        if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
            return "The unsigned gap is not exactly the signature value";
        }
        for (int i = (int) gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return "The unsigned gap holds more than the signature value";
            }
        }
        return null;
    }
}
