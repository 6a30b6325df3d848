package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration numbers in the provider's register: a pattern such as {@code {PROVIDER}-{YYYY}-{NNNNNN}}
 * ({@code N} repeated gives the zero-padded width), numbered per provider and year without gaps.
 */
@Singleton
class SerialNumbers {
    static final String DEFAULT_PATTERN = "{PROVIDER}-{YYYY}-{NNNNNN}";
    private static final Pattern NUMBER = Pattern.compile("\\{(N+)}");

    private final CounterRepository counters;

    SerialNumbers(CounterRepository counters) {
        this.counters = counters;
    }

    /**
     * Waits until no other transaction numbers in this register (the lock is held until this transaction
     * ends), so what it then reads includes everything they issued.
     */
    void queue(String providerCode, int year) {
        counters.ensure(providerCode, year);
        counters.lock(providerCode, year);
    }

    /** The next number; must run in the issuing transaction (the counter row stays locked until it ends). */
    String next(String providerCode, String pattern, int year) {
        counters.ensure(providerCode, year);
        counters.increment(providerCode, year);
        return format(pattern, providerCode, year, counters.current(providerCode, year));
    }

    static String format(String pattern, String providerCode, int year, long number) {
        String text = pattern.replace("{PROVIDER}", providerCode).replace("{YYYY}", Integer.toString(year))
                .replace("{YY}", String.format(Locale.ROOT, "%02d", year % 100));
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return text + "-" + number;
        }
        String digits = String.format(Locale.ROOT, "%0" + m.group(1).length() + "d", number);
        return text.substring(0, m.start()) + digits + text.substring(m.end());
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(PROVIDER|YYYY|YY|N{4,12})}");
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N}./_ -]*");

    /**
     * A pattern an administrator may set: the provider code (numbers are unique installation-wide and
     * counted per code), the year (counted per year) and at least four digits; nothing but known
     * placeholders, letters, digits and {@code - / . _} between them.
     */
    static boolean isAcceptablePattern(String pattern) {
        if (pattern == null || pattern.length() > 60 || !pattern.contains("{PROVIDER}") || !isValidPattern(pattern)) {
            return false;
        }
        Matcher m = NUMBER.matcher(pattern);
        int numbers = 0;
        while (m.find()) {
            numbers++;
        }
        return numbers == 1 && LITERAL.matcher(PLACEHOLDER.matcher(pattern).replaceAll("")).matches();
    }

    static boolean isValidPattern(String pattern) {
        return pattern != null && pattern.length() <= 100 && NUMBER.matcher(pattern).find() && pattern.contains("{YY");
    }
}
