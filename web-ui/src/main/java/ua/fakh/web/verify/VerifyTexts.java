package ua.fakh.web.verify;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.PublicCertificate;
import ua.fakh.core.common.KyivTime;
import ua.fakh.web.page.PageContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How the public check reads: the values as the PDF prints them (dates 05.10.2026, a decimal comma in
 * Ukrainian), with the English wording of the provider and the result on the English page.
 */
public final class VerifyTexts {
    private VerifyTexts() {
    }

    public static String provider(PageContext ctx, PublicCertificate c) {
        return english(ctx) && c.providerEn() != null && !c.providerEn().isBlank() ? c.providerEn() : c.provider();
    }

    public static @Nullable String result(PageContext ctx, PublicCertificate c) {
        return english(ctx) && c.resultEn() != null ? c.resultEn() : c.result();
    }

    public static String volume(PageContext ctx, PublicCertificate c) {
        return ctx.t("verify.volume.value", number(ctx, c.hours()), number(ctx, c.ectsCredits()));
    }

    public static String dates(PublicCertificate c) {
        return c.trainingStart() == null || c.trainingStart().equals(c.trainingEnd()) ? date(c.trainingEnd())
                : date(c.trainingStart()) + " – " + date(c.trainingEnd());
    }

    public static String date(LocalDate day) {
        return KyivTime.date(day);
    }

    public static String date(Instant instant) {
        return KyivTime.date(instant);
    }

    /** Kyiv time, {@code dd.MM.yyyy HH:mm}: when the signature timestamp says the PDF was signed. */
    public static String dateTime(Instant instant) {
        return KyivTime.dateTime(instant) + "";
    }

    public static String issued(PublicCertificate c) {
        return KyivTime.date(c.issuedAt());
    }

    /** The reason a person gave, without the bookkeeping prefix of a replaced certificate (the page says "replaced by"). */
    public static @Nullable String reason(PublicCertificate c) {
        String reason = c.revocationReason();
        return reason != null && reason.startsWith(Certificates.SUPERSEDED_REASON_PREFIX)
                ? reason.substring(Certificates.SUPERSEDED_REASON_PREFIX.length()) : reason;
    }

    private static String number(PageContext ctx, BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return english(ctx) ? plain : plain.replace('.', ',');
    }

    private static boolean english(PageContext ctx) {
        return ctx.lang().equals("en");
    }
}
