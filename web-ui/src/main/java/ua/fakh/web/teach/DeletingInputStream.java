package ua.fakh.web.teach;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a temporary file and deletes it once the response that streamed it closes the stream. */
final class DeletingInputStream extends FilterInputStream {
    private final Path file;

    DeletingInputStream(Path file) throws IOException {
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
