package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A code of the Кодифікатор адміністративно-територіальних одиниць (KATOTTG): "UA" and 17 digits,
 * {@code UA OO RR HHH PPP MM UUUUU} — oblast, raion, hromada, settlement, urban district and a
 * unique number that nothing can be derived from. The oblast digits must name a real first-level
 * unit. Typed codes are trimmed and upper-cased ("ua05…" is accepted).
 */
public record Katottg(String value) {
    private static final Pattern SHAPE = Pattern.compile("UA\\d{17}");

    /** The two digits of every first-level unit: 24 oblasts, Crimea (01), Kyiv (80) and Sevastopol (85). */
    public static final Set<String> FIRST_LEVEL = Set.of("01", "05", "07", "12", "14", "18", "21", "23", "26", "32", "35",
            "44", "46", "48", "51", "53", "56", "59", "61", "63", "65", "68", "71", "73", "74", "80", "85");

    /** @throws IllegalArgumentException when {@code value} is not a valid code (use {@link #parse} for typed text) */
    public Katottg {
        if (value == null || !SHAPE.matcher(value).matches() || !FIRST_LEVEL.contains(value.substring(2, 4))) {
            throw new IllegalArgumentException("Not a KATOTTG code: " + value);
        }
    }

    /** The code a person typed, or empty when it is not one (wrong shape or no such oblast). */
    public static Optional<Katottg> parse(@Nullable String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return isValid(code) ? Optional.of(new Katottg(code)) : Optional.empty();
    }

    /** Whether {@code code}, exactly as given, is a valid code. */
    public static boolean isValid(@Nullable String code) {
        return code != null && SHAPE.matcher(code).matches() && FIRST_LEVEL.contains(code.substring(2, 4));
    }

    /** The first-level digits of the cities with special status, Kyiv and Sevastopol. */
    private static final Set<String> SPECIAL_STATUS_CITIES = Set.of("80", "85");

    public KatottgLevel level() {
        if (allZero(4, 14)) {
            return KatottgLevel.OBLAST;
        }
        if (allZero(6, 14)) {
            return KatottgLevel.DISTRICT;
        }
        if (allZero(9, 14)) {
            return KatottgLevel.HROMADA;
        }
        return allZero(12, 14) ? KatottgLevel.SETTLEMENT : KatottgLevel.URBAN_DISTRICT;
    }

    /**
     * Every level a unit with this code may have. Kyiv and Sevastopol have no raions or hromadas: the
     * city (all zeros after its two digits) is at once the first-level unit, its own raion and its own
     * hromada, and its districts (the city-district digits) stand where raions stand elsewhere.
     */
    public Set<KatottgLevel> possibleLevels() {
        if (!SPECIAL_STATUS_CITIES.contains(value.substring(2, 4))) {
            return Set.of(level());
        }
        return switch (level()) {
            case OBLAST -> Set.of(KatottgLevel.OBLAST, KatottgLevel.DISTRICT, KatottgLevel.HROMADA);
            case URBAN_DISTRICT -> Set.of(KatottgLevel.URBAN_DISTRICT, KatottgLevel.DISTRICT);
            default -> Set.of(level());
        };
    }

    /** "UA" and the oblast digits: what every code inside the oblast starts with. */
    public String oblastPrefix() {
        return value.substring(0, 4);
    }

    /** "UA", oblast and raion digits: what every code inside the raion starts with. */
    public String districtPrefix() {
        return value.substring(0, 6);
    }

    /** "UA", oblast, raion and hromada digits: what every code inside the hromada starts with. */
    public String hromadaPrefix() {
        return value.substring(0, 9);
    }

    /** The prefix a code inside the unit of this code shares with it, for a unit of {@code level}. */
    public String prefixFor(KatottgLevel level) {
        return switch (level) {
            case OBLAST -> oblastPrefix();
            case DISTRICT -> districtPrefix();
            case HROMADA -> hromadaPrefix();
            case SETTLEMENT -> value.substring(0, 12);
            case URBAN_DISTRICT -> value.substring(0, 14);
        };
    }

    private boolean allZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
