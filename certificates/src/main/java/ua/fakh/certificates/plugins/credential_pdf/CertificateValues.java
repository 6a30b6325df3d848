package ua.fakh.certificates.plugins.credential_pdf;

import ua.fakh.core.common.KyivTime;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How values print: dates as 05.10.2026, decimals with a comma in Ukrainian (0,8) and a point in English (0.8). */
final class CertificateValues {

    private CertificateValues() {
    }

    static String number(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "uk".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    static String date(LocalDate date) {
        return KyivTime.date(date);
    }

    /** The day of issue as it was in Ukraine. */
    static String date(Instant instant) {
        return KyivTime.date(instant);
    }

    static String period(@Nullable LocalDate start, LocalDate end) {
        return start == null || start.equals(end) ? date(end) : date(start) + " – " + date(end);
    }

    /** Fills {@code {hours}} and {@code {ects}} of a bundle pattern. */
    static String volume(String pattern, BigDecimal hours, BigDecimal ects, Locale locale) {
        return pattern.replace("{hours}", number(hours, locale)).replace("{ects}", number(ects, locale));
    }
}
