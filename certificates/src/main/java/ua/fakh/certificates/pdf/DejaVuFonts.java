package ua.fakh.certificates.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, taken from the {@code jasperreports-fonts} jar on the classpath and embedded as a subset:
 * every Ukrainian letter (ґ є і ї and the apostrophe ʼ included) prints and can be copied out of the PDF.
 * Every PDF Fakh writes (certificates, the territory report) draws with these.
 */
public record DejaVuFonts(PDType0Font regular, PDType0Font bold, PDType0Font italic) {
    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    /** Read once: the files are ~700 KB each. */
    private static final class Files {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
        static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");
    }

    /**
     * The three faces parsed once per thread, not per document: parsing them was 5 % of issuing's CPU (perf/README.md,
     * "Session 14"). A parsed font reads its glyphs on demand and is not safe to share between threads; one thread
     * renders one document at a time, and each document still embeds its own subset.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
            parse(Files.REGULAR), parse(Files.BOLD), parse(Files.ITALIC)});

    /** The three faces, to be embedded in {@code document} as the subsets it uses. */
    public static DejaVuFonts load(PDDocument document) throws IOException {
        TrueTypeFont[] faces = PARSED.get();
        return new DejaVuFonts(PDType0Font.load(document, faces[0], true), PDType0Font.load(document, faces[1], true),
                PDType0Font.load(document, faces[2], true));
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
            // no ligatures: "fi" stays two letters, so copied and searched text matches what was written
            parsed.setEnableGsub(false);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = DejaVuFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing: is net.sf.jasperreports:jasperreports-fonts "
                        + "on the classpath?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
