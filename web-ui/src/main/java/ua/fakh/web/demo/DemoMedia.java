package ua.fakh.web.demo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo courses' files, made at start so the repository holds no binaries but one short clip: a
 * breathing-exercise tone (WAV), one-page PDF handouts with Ukrainian text, and a four-second video
 * ({@code demo/case-conference.mp4}, 90 KB, generated once with ffmpeg's test pattern).
 */
final class DemoMedia {
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String VIDEO = "/demo/case-conference.mp4";
    private static final int RATE = 8000;

    private DemoMedia() {
    }

    /**
     * {@code seconds} of 8 kHz 8-bit mono: a soft 220 Hz tone that swells and fades every four
     * seconds, the pace of calm breathing. 8 KB a second, small enough for a weak connection.
     */
    static byte[] breathingTone(int seconds) {
        int samples = RATE * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + samples).put(ascii("WAVE")).put(ascii("fmt ")).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE).putShort((short) 1).putShort((short) 8)
                .put(ascii("data")).putInt(samples);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / RATE;
            double swell = 0.5 - 0.5 * Math.cos(2 * Math.PI * t / 4);
            b.put((byte) (128 + Math.round(60 * swell * Math.sin(2 * Math.PI * 220 * t))));
        }
        return b.array();
    }

    /** An A4 page with a title and lines of text, DejaVu Sans embedded so Cyrillic prints. */
    static byte[] handout(String title, List<String> lines) {
        try (PDDocument document = new PDDocument(); InputStream font = DemoMedia.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("DejaVu Sans is missing from the classpath");
            }
            PDType0Font sans = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(sans, 16);
                text.newLineAtOffset(56, 780);
                text.showText(title);
                text.setFont(sans, 11);
                text.setLeading(18);
                text.newLine();
                for (String line : lines) {
                    text.newLine();
                    text.showText(line);
                }
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] video() {
        try (InputStream in = DemoMedia.class.getResourceAsStream(VIDEO)) {
            if (in == null) {
                throw new IllegalStateException(VIDEO + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
