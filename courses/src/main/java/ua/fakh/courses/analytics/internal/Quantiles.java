package ua.fakh.courses.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Quantiles of a handful of numbers the way spreadsheets compute them (linear between the two nearest
 * ranks, "type 7"), so a partner checking a median in a spreadsheet gets the same figure.
 */
final class Quantiles {
    private Quantiles() {
    }

    /** The {@code q} quantile (0..1) of ascending values, rounded to {@code scale} decimals. */
    static BigDecimal of(List<BigDecimal> ascending, double q, int scale) {
        double position = (ascending.size() - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, ascending.size() - 1);
        BigDecimal fraction = BigDecimal.valueOf(position - below);
        BigDecimal low = ascending.get(below);
        return low.add(ascending.get(above).subtract(low).multiply(fraction)).setScale(scale, RoundingMode.HALF_UP);
    }
}
