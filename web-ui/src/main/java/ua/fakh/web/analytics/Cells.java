package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** A report cell as a page prints it. */
public final class Cells {
    private Cells() {
    }

    public static String text(@Nullable Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    /** Whether the cell holds a number (or a hidden one), so it lines up on the right. */
    public static boolean numeric(@Nullable Object cell) {
        return cell instanceof Number || ua.fakh.core.analytics.SmallCells.HIDDEN.equals(cell);
    }
}
