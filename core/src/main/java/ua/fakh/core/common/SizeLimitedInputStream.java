package ua.fakh.core.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes actually read and fails with {@code tooLarge} as soon as more than {@code limit}
 * came through: an upload or an unpacked archive entry is refused while it streams, whatever sizes
 * its sender declared. Several streams may share one {@link Budget} (all entries of one archive).
 */
public final class SizeLimitedInputStream extends FilterInputStream {
    private final Budget budget;

    public SizeLimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        this(in, new Budget(limit, tooLarge));
    }

    public SizeLimitedInputStream(InputStream in, Budget budget) {
        super(in);
        this.budget = budget;
    }

    /** Reads the whole stream into memory, refusing it past {@code limit} bytes (only a small limit belongs here). */
    public static byte[] readAtMost(InputStream in, int limit, Supplier<? extends RuntimeException> tooLarge) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge.get();
        }
        return bytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            budget.spend(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            budget.spend(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            budget.spend(skipped);
        }
        return skipped;
    }

    /** Mark/reset would read bytes twice and count them twice. */
    @Override
    public boolean markSupported() {
        return false;
    }

    /** How many bytes may still be read; not thread-safe (one request reads it). */
    public static final class Budget {
        private final long limit;
        private final Supplier<? extends RuntimeException> tooLarge;
        private long spent;

        public Budget(long limit, Supplier<? extends RuntimeException> tooLarge) {
            this.limit = limit;
            this.tooLarge = tooLarge;
        }

        public long spent() {
            return spent;
        }

        void spend(long bytes) {
            spent += bytes;
            if (spent > limit) {
                throw tooLarge.get();
            }
        }
    }
}
