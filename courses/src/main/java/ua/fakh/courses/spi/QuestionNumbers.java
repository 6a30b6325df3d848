package ua.fakh.courses.spi;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/** Numbers in questions and answers: read as people type them, written without surprises. */
public final class QuestionNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final double LARGEST_EXACT_WHOLE = 9_007_199_254_740_992d;

    private QuestionNumbers() {
    }

    /** A {@code Long} when whole, else a {@code Double}: JSON shows {@code 100}, not {@code 100.0}. */
    public static Number canonical(double value) {
        if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_WHOLE) {
            return (long) value;
        }
        return value;
    }

    /**
     * A finite number as a person types it: {@code 2,5} (decimal comma, as in Ukrainian),
     * {@code −3} (a typographic minus), {@code 1 000} (spaces between digit groups), {@code 1e3};
     * null when the text is not one.
     */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.strip().replace('\u2212', '-').replace('\u2013', '-')
                .replaceAll("(?<=\\d)[\\s\\u00A0\\u202F\\u2009\\u2007]+(?=\\d{3}(\\D|$))", "");
        if (compact.indexOf(',') >= 0) {
            if (compact.indexOf('.') >= 0 || compact.indexOf(',') != compact.lastIndexOf(',')) {
                return null;
            }
            compact = compact.replace(',', '.');
        }
        if (!DECIMAL.matcher(compact).matches()) {
            return null;
        }
        double value = Double.parseDouble(compact);
        return Double.isFinite(value) ? value : null;
    }

    /** A plain decimal with a dot and no exponent or needless zeros: {@code 0.5}, {@code 1822}. */
    public static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@link #plain} with the decimal separator of {@code locale} ({@code 0,5} in Ukrainian). */
    public static String format(double value, Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return plain(value).replace('.', separator);
    }
}
