package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.i18n.Messages;

import java.util.Locale;
import java.util.UUID;

/**
 * One thing an enrollment still lacks for its course's completion rule, as data and as a sentence:
 * a required lesson not yet passed, done or opened (with its title), or in-person attendance below the
 * cohort's minimum (attended of held sessions, percent, the required percent). The same values reach
 * the learner's course page, the API and a trainer's refused certificate; {@link #in} puts the
 * sentence in the reader's language ({@code text}, from the bundle key {@link #key()}).
 */
@Serdeable
public record MissingRequirement(Kind kind, @Nullable UUID lessonId, @Nullable String title, @Nullable String titleEn,
                                 @Nullable Integer attended, @Nullable Integer sessions, @Nullable Integer percent,
                                 @Nullable Integer requiredPercent, @Nullable String text) {

    public enum Kind {
        /** A required lesson that is done by passing it (a quiz). */
        PASS_LESSON,
        /** A required lesson the learner marks done. */
        COMPLETE_LESSON,
        /** A required lesson that is done by opening it. */
        OPEN_LESSON,
        /** In-person attendance below the cohort's minimum. */
        ATTENDANCE,
        /**
         * Online sessions ({@code sessions} of them) whose attendance is not counted yet: not over, or
         * over but not yet measured. Completion waits for them, so that the certificate states the
         * hours of every day attended rather than those counted when the first day's report came in.
         */
        ATTENDANCE_PENDING,
        /** The course has no published lessons yet: nothing can complete it. */
        NO_LESSONS
    }

    public static MissingRequirement lesson(Kind kind, UUID lessonId, String title, @Nullable String titleEn) {
        return new MissingRequirement(kind, lessonId, title, titleEn, null, null, null, null, null);
    }

    public static MissingRequirement attendance(int attended, int sessions, int percent, int requiredPercent) {
        return new MissingRequirement(Kind.ATTENDANCE, null, null, null, attended, sessions, percent, requiredPercent, null);
    }

    public static MissingRequirement attendancePending(int sessions) {
        return new MissingRequirement(Kind.ATTENDANCE_PENDING, null, null, null, null, sessions, null, null, null);
    }

    public static MissingRequirement noLessons() {
        return new MissingRequirement(Kind.NO_LESSONS, null, null, null, null, null, null, null, null);
    }

    /** {@code completion.missing.pass}, {@code .complete}, {@code .open}, {@code .attendance}, {@code .attendancePending}, {@code .noLessons}. */
    public String key() {
        return switch (kind) {
            case PASS_LESSON -> "completion.missing.pass";
            case COMPLETE_LESSON -> "completion.missing.complete";
            case OPEN_LESSON -> "completion.missing.open";
            case ATTENDANCE -> "completion.missing.attendance";
            case ATTENDANCE_PENDING -> "completion.missing.attendancePending";
            case NO_LESSONS -> "completion.missing.noLessons";
        };
    }

    /** The sentence in {@code locale}: the English lesson title on English pages when there is one. */
    public String sentence(Messages messages, Locale locale) {
        return switch (kind) {
            case ATTENDANCE -> messages.get(locale, key(), attended, sessions, percent, requiredPercent);
            case NO_LESSONS -> messages.get(locale, key());
            case ATTENDANCE_PENDING -> messages.get(locale, key(), sessions);
            default -> messages.get(locale, key(),
                    "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : title);
        };
    }

    /** This requirement with its {@code text} in {@code locale}. */
    public MissingRequirement in(Messages messages, Locale locale) {
        return new MissingRequirement(kind, lessonId, title, titleEn, attended, sessions, percent, requiredPercent,
                sentence(messages, locale));
    }
}
