package ua.fakh.certificates.issuing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

/**
 * A download written by another thread while the response reads it, through a small pipe: the whole
 * archive never sits in memory or on disk. Should writing fail half-way the stream just ends, the ZIP
 * without its directory (no reader takes it for complete), and the cause is logged.
 */
final class PipedArchive {
    private static final Logger LOG = LoggerFactory.getLogger(PipedArchive.class);
    private static final int PIPE_BYTES = 64 * 1024;

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private PipedArchive() {
    }

    static InputStream start(Writer writer, ExecutorService executor) {
        PipedInputStream in = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor.execute(() -> {
            try (out) {
                writer.write(out);
            } catch (IOException | RuntimeException e) {
                LOG.warn("A certificate archive stopped half-way: {}", e.toString());
            }
        });
        return in;
    }
}
