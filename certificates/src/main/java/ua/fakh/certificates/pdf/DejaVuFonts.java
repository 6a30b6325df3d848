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

    /** Read once: the files are ~700 KB each, parsing them per document is cheap next to reading them. */
    private static final class Files {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
        static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");
    }

    /** The three faces, loaded into {@code document} (closed with it). */
    public static DejaVuFonts load(PDDocument document) throws IOException {
        return new DejaVuFonts(subset(document, Files.REGULAR), subset(document, Files.BOLD),
                subset(document, Files.ITALIC));
    }

    private static PDType0Font subset(PDDocument document, byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        document.registerTrueTypeFontForClosing(parsed);
        // no ligatures: "fi" stays two letters, so copied and searched text matches what was written
        parsed.setEnableGsub(false);
        return PDType0Font.load(document, parsed, true);
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
