package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * One byte range of a {@code Range: bytes=...} header (RFC 9110 §14): {@code a-b}, {@code a-},
 * {@code -n}. Several ranges or another unit are ignored (the whole file is sent, as the RFC
 * allows); a range past the end is unsatisfiable (416). Media players seek with it.
 */
record ByteRange(long offset, long length) {

    long last() {
        return offset + length - 1;
    }

    /** Empty: send everything. Throws {@link Unsatisfiable} for a range outside {@code size}. */
    static Optional<ByteRange> parse(@Nullable String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return Optional.empty();
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String first = spec.substring(0, dash).strip();
            String second = spec.substring(dash + 1).strip();
            if (first.isEmpty()) {
                long suffix = Long.parseLong(second);
                if (suffix <= 0 || size == 0) {
                    throw new Unsatisfiable(size);
                }
                long length = Math.min(suffix, size);
                return Optional.of(new ByteRange(size - length, length));
            }
            long start = Long.parseLong(first);
            long end = second.isEmpty() ? size - 1 : Math.min(Long.parseLong(second), size - 1);
            if (start >= size || end < start) {
                throw new Unsatisfiable(size);
            }
            return Optional.of(new ByteRange(start, end - start + 1));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    static final class Unsatisfiable extends RuntimeException {
        final long size;

        Unsatisfiable(long size) {
            super(null, null, false, false);
            this.size = size;
        }
    }
}
