package ua.fakh.courses.spi;

import io.micronaut.context.MessageSource;
import ua.fakh.core.i18n.BundleMessageSource;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a file is described to people, in their language: its size ("1,5 МБ", "1.5 MB") and its kind
 * in words ("Документ PDF", "PDF document") instead of a media type. Words from {@code i18n/content}
 * ({@code file.*}); the pages and the content plugins say it the same way.
 */
public final class FileWords {
    private static final MessageSource WORDS = new BundleMessageSource(FileWords.class.getClassLoader(), List.of("i18n/content"));
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final long GB = 1024 * MB;
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word"),
            Map.entry("application/vnd.oasis.opendocument.text", "document"),
            Map.entry("application/rtf", "document"),
            Map.entry("application/vnd.ms-excel", "spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "spreadsheet"),
            Map.entry("text/csv", "spreadsheet"),
            Map.entry("application/vnd.ms-powerpoint", "presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "presentation"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "presentation"),
            Map.entry("application/zip", "archive"));

    private FileWords() {
    }

    /** The size in the reader's units and decimal mark: "350 КБ", "1,5 МБ" in Ukrainian; "350 KB", "1.5 MB" in English. */
    public static String size(long bytes, Locale locale) {
        if (bytes >= GB) {
            return decimal(bytes / (double) GB, locale) + " " + word(locale, "file.unit.gb");
        }
        if (bytes >= MB) {
            return decimal(bytes / (double) MB, locale) + " " + word(locale, "file.unit.mb");
        }
        return Math.max(1, bytes / KB) + " " + word(locale, "file.unit.kb");
    }

    /** The kind of file in words ("Документ PDF"), by its media type; "Файл" for a kind without a name. */
    public static String kind(String mediaType, Locale locale) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String kind = KINDS.get(type);
        if (kind == null) {
            kind = type.startsWith("image/") ? "image" : type.startsWith("audio/") ? "audio" : type.startsWith("video/") ? "video"
                    : type.startsWith("text/") ? "text" : "other";
        }
        return word(locale, "file.kind." + kind);
    }

    private static String decimal(double value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    private static String word(Locale locale, String key) {
        return WORDS.getRawMessage(key, MessageSource.MessageContext.of(locale)).orElse(key);
    }
}
