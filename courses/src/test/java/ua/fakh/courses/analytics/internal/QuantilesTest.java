package ua.fakh.courses.analytics.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted figures give the quantiles of the list written out in full, as a spreadsheet's QUANTILE.INC does. */
class QuantilesTest {

    @Test
    void aSpreadsheetsFiguresForAHandOfValues() {
        // LibreOffice: =PERCENTILE.INC({2;4;4;8;16}; 0,25) = 4, 0,5 = 4, 0,75 = 8, 0,9 = 12,8
        List<Quantiles.Counted> values = List.of(counted("16", 1), counted("4", 2), counted("2", 1), counted("8", 1));
        assertThat(Quantiles.of(values, 0.25, 1)).isEqualByComparingTo("4.0");
        assertThat(Quantiles.of(values, 0.5, 1)).isEqualByComparingTo("4.0");
        assertThat(Quantiles.of(values, 0.75, 1)).isEqualByComparingTo("8.0");
        assertThat(Quantiles.of(values, 0.9, 1)).isEqualByComparingTo("12.8");
    }

    @Test
    void countedValuesAnswerAsTheListWrittenOut() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Quantiles.Counted> counted = new ArrayList<>();
            List<BigDecimal> writtenOut = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                BigDecimal value = BigDecimal.valueOf(random.nextInt(400), 1);
                int count = 1 + random.nextInt(6);
                counted.add(new Quantiles.Counted(value, count));
                for (int c = 0; c < count; c++) {
                    writtenOut.add(value);
                }
            }
            for (double q : new double[]{0, 0.25, 0.5, 0.75, 0.9, 1}) {
                assertThat(Quantiles.of(counted, q, 2)).as("round %d, q %s", round, q)
                        .isEqualByComparingTo(typeSeven(writtenOut, q).setScale(2, RoundingMode.HALF_UP));
            }
        }
    }

    /** Hyndman and Fan's type 7 on the list itself, the definition the counted form must agree with. */
    private static BigDecimal typeSeven(List<BigDecimal> values, double q) {
        List<BigDecimal> ascending = values.stream().sorted().toList();
        double h = (ascending.size() - 1) * q;
        int low = (int) Math.floor(h);
        BigDecimal below = ascending.get(low);
        BigDecimal above = ascending.get(Math.min(low + 1, ascending.size() - 1));
        return below.add(above.subtract(below).multiply(BigDecimal.valueOf(h - low)));
    }

    private static Quantiles.Counted counted(String value, long count) {
        return new Quantiles.Counted(new BigDecimal(value), count);
    }
}
