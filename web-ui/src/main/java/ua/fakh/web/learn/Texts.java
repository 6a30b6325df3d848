package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.web.page.PageContext;

import java.math.BigDecimal;
import java.time.Instant;

/** Small formatting shared by the learner pages: a title in the page's language, hours, dates in Kyiv time. */
public final class Texts {

    private Texts() {
    }

    /** The English title when the page is English and there is one; the Ukrainian one otherwise. */
    public static String title(PageContext ctx, String title, @Nullable String titleEn) {
        return ctx.lang().equals("en") && titleEn != null && !titleEn.isBlank() ? titleEn : title;
    }

    /**
     * The language of the title {@link #title} shows, for its {@code lang} attribute: English when the
     * English title is shown, the course's own language otherwise (an English course's title on a Ukrainian page).
     */
    public static String titleLang(PageContext ctx, @Nullable String titleEn, String courseLanguage) {
        return ctx.lang().equals("en") && titleEn != null && !titleEn.isBlank() ? "en" : courseLanguage;
    }

    /** {@code 7.5}, {@code 30}: no trailing zeros, no exponent. */
    public static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static String date(@Nullable Instant instant) {
        return KyivTime.date(instant);
    }
}
