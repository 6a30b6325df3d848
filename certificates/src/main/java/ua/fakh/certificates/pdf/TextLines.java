package ua.fakh.certificates.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Measuring and breaking text into lines that fit a width, in one font and size. */
public final class TextLines {
    private TextLines() {
    }

    public static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} as the font can print it: whitespace runs become one space; a character the font lacks
     * (an emoji, say) becomes {@code ?} rather than failing the whole certificate.
     */
    public static String printable(String text, PDFont font) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (encodes(font, flat)) {
            return flat;
        }
        StringBuilder out = new StringBuilder();
        flat.codePoints().forEach(c -> out.append(encodes(font, Character.toString(c)) ? Character.toString(c) : "?"));
        return out.toString();
    }

    /** Greedy line breaking at spaces; a word wider than the line is cut where it must be. */
    public static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean encodes(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
