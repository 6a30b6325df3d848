package ua.fakh.core.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a temporary file and deletes it when closed, so a file built for one response (an export
 * zip) is gone as soon as the response that streamed it is done, and no clean-up job is needed.
 */
public final class DeletingInputStream extends FilterInputStream {
    private final Path file;

    public DeletingInputStream(Path file) throws IOException {
        super(Files.newInputStream(file));
        this.file = file;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
