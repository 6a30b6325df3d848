package ua.fakh.web.analytics.export;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** How a {@link ua.fakh.core.analytics.ReportTable} cell reads in a file that is not a page. */
final class Cells {
    private Cells() {
    }

    /**
     * A number as a machine reads it: no grouping, a decimal point, no exponent, no trailing zeros
     * ({@code 1234}, {@code 12.5}, {@code -0.25}); null for a number that is not one (NaN, infinite).
     */
    static @Nullable String plain(Number number) {
        BigDecimal decimal = decimal(number);
        return decimal == null ? null : decimal.stripTrailingZeros().toPlainString();
    }

    static @Nullable BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /**
     * Text a spreadsheet must not run as a formula: a leading {@code = + - @} (or tab, CR) gets a {@code '},
     * as Fakh's other exports do. Only text cells pass here: numbers, negative ones included, stay numbers.
     */
    static String text(@Nullable String value) {
        String v = value == null ? "" : value;
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }
}
