package ua.fakh.courses.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quantiles of people's figures the way spreadsheets compute them (linear between the two nearest
 * ranks, "type 7"), so a partner checking a median in a spreadsheet gets the same figure. The figures
 * come counted (a value and how many people have it); the answer is that of the list written out in full.
 */
final class Quantiles {
    private Quantiles() {
    }

    /** {@code count} people with the figure {@code value}. */
    record Counted(BigDecimal value, long count) {
    }

    /** The {@code q} quantile (0..1) of the values, each as many times as counted, rounded to {@code scale} decimals. */
    static BigDecimal of(List<Counted> values, double q, int scale) {
        List<Counted> ascending = new ArrayList<>(values.stream().filter(v -> v.count() > 0).toList());
        ascending.sort(Comparator.comparing(Counted::value));
        long size = ascending.stream().mapToLong(Counted::count).sum();
        double position = (size - 1) * q;
        long below = (long) Math.floor(position);
        long above = Math.min(below + 1, size - 1);
        BigDecimal fraction = BigDecimal.valueOf(position - below);
        BigDecimal low = at(ascending, below);
        return low.add(at(ascending, above).subtract(low).multiply(fraction)).setScale(scale, RoundingMode.HALF_UP);
    }

    /** The value at 0-based rank {@code rank} of the written-out list. */
    private static BigDecimal at(List<Counted> ascending, long rank) {
        long seen = 0;
        for (Counted value : ascending) {
            seen += value.count();
            if (rank < seen) {
                return value.value();
            }
        }
        return ascending.get(ascending.size() - 1).value(); // not reached: callers ask for a rank below the size
    }
}
