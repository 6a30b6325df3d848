package ua.fakh.core.analytics.boundaries.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which hromada a code names. A KATOTTG code is {@code UA} + oblast (2) + raion (2) + hromada (3) +
 * settlement (3) + urban district (2) + a unique number (5); its first nine characters name the
 * hromada. A boundary file may give the full code of the hromada itself (settlement and district
 * digits zero) or only those nine characters, as the OCHA P-codes of the third level do.
 */
final class HromadaCodes {
    private static final Pattern FULL = Pattern.compile("UA\\d{17}");
    private static final Pattern PREFIX = Pattern.compile("UA\\d{7}");
    static final int PREFIX_LENGTH = 9;

    private HromadaCodes() {
    }

    /** The hromada's nine-character key from a file's code, or null when the code names no hromada. */
    static @Nullable String ofUploaded(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (PREFIX.matcher(c).matches()) {
            return hasHromada(c) ? c : null;
        }
        if (FULL.matcher(c).matches() && c.substring(9, 14).equals("00000")) {
            return hasHromada(c) ? c.substring(0, PREFIX_LENGTH) : null;
        }
        return null;
    }

    /** The key of the hromada a place's KATOTTG lies in (its settlements too), or null for an oblast or raion code. */
    static @Nullable String ofPlace(@Nullable String katottg) {
        if (katottg == null) {
            return null;
        }
        String c = katottg.strip().toUpperCase(Locale.ROOT);
        boolean shaped = FULL.matcher(c).matches() || PREFIX.matcher(c).matches();
        return shaped && hasHromada(c) ? c.substring(0, PREFIX_LENGTH) : null;
    }

    private static boolean hasHromada(String code) {
        return !code.substring(6, 9).equals("000") && !code.substring(4, 6).equals("00");
    }
}
