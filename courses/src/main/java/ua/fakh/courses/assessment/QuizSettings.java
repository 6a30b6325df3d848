package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.spi.ContentRejectedException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a quiz runs, as its lesson's content says and each attempt freezes it: fixed
 * {@code questionIds} (question families of the course's bank) or {@code randomCount} questions of a
 * {@code category}; {@code shuffle}; an optional time limit and number of attempts; the pass mark;
 * its {@code role} (a PRE_TEST never holds completion up), which attempt counts ({@code grading})
 * and when the learner sees the answers ({@code showAnswers}); optionally when it opens and closes
 * for new attempts ({@code opensAt}, {@code closesAt}); whether a learner may take it without a connection
 * ({@code offline}) in a server-granted window of {@code offlineHours}. The defaults live here and only
 * here; the rules a trainer's input must follow sit beside them in {@link QuizSettingsRules}.
 * The JSON shape is the lesson content's, so stored lessons, attempts and course packages read as before.
 */
@Serdeable
public record QuizSettings(@Nullable List<UUID> questionIds, @Nullable String category, @Nullable Integer randomCount,
                           boolean shuffle, @Nullable Integer timeLimitSeconds, @Nullable Integer attemptsAllowed,
                           int passingScorePercent, Role role, Grading grading, ShowAnswers showAnswers,
                           @Nullable Instant opensAt, @Nullable Instant closesAt, boolean offline, int offlineHours) {
    public static final int DEFAULT_PASSING_PERCENT = 60;
    public static final int DEFAULT_OFFLINE_HOURS = 72;
    public static final Role DEFAULT_ROLE = Role.GRADED;
    public static final Grading DEFAULT_GRADING = Grading.HIGHEST;
    public static final ShowAnswers DEFAULT_SHOW_ANSWERS = ShowAnswers.AFTER_SUBMIT;

    /** GRADED counts toward the course result; PRE_TEST measures the start and never holds completion up. */
    public enum Role { GRADED, PRE_TEST, POST_TEST }

    /** Which attempt counts: the best or the last graded one. */
    public enum Grading { HIGHEST, LAST }

    /** When a learner sees the right answers and feedback. */
    public enum ShowAnswers { AFTER_SUBMIT, AFTER_PASS, NEVER }

    public QuizSettings {
        questionIds = questionIds == null ? null : List.copyOf(questionIds);
        role = role == null ? DEFAULT_ROLE : role;
        grading = grading == null ? DEFAULT_GRADING : grading;
        showAnswers = showAnswers == null ? DEFAULT_SHOW_ANSWERS : showAnswers;
        offlineHours = offlineHours <= 0 ? DEFAULT_OFFLINE_HOURS : offlineHours;
    }

    /** Settings taken online only. */
    public QuizSettings(@Nullable List<UUID> questionIds, @Nullable String category, @Nullable Integer randomCount,
                        boolean shuffle, @Nullable Integer timeLimitSeconds, @Nullable Integer attemptsAllowed,
                        int passingScorePercent, Role role, Grading grading, ShowAnswers showAnswers,
                        @Nullable Instant opensAt, @Nullable Instant closesAt) {
        this(questionIds, category, randomCount, shuffle, timeLimitSeconds, attemptsAllowed, passingScorePercent, role, grading,
                showAnswers, opensAt, closesAt, false, DEFAULT_OFFLINE_HOURS);
    }

    /** Settings open at any time. */
    public QuizSettings(@Nullable List<UUID> questionIds, @Nullable String category, @Nullable Integer randomCount,
                        boolean shuffle, @Nullable Integer timeLimitSeconds, @Nullable Integer attemptsAllowed,
                        int passingScorePercent, Role role, Grading grading, ShowAnswers showAnswers) {
        this(questionIds, category, randomCount, shuffle, timeLimitSeconds, attemptsAllowed, passingScorePercent, role, grading,
                showAnswers, null, null);
    }

    /**
     * Settings a trainer wrote or a course package carries, checked and with the defaults filled in.
     *
     * @throws ContentRejectedException naming every wrong field as {@code content.<field>}
     */
    public static QuizSettings validate(Map<String, Object> content) {
        return QuizSettingsRules.validate(content);
    }

    /** Settings read back from JSON that was checked when written (a lesson's content, an attempt's frozen copy). */
    public static QuizSettings of(Map<String, Object> stored) {
        return QuizSettingsRules.read(stored);
    }

    /** The lesson content's JSON: the same fields, absent ones left out. */
    public Map<String, Object> toContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        if (questionIds != null) {
            content.put("questionIds", questionIds.stream().map(UUID::toString).toList());
        } else {
            content.put("category", category);
            content.put("randomCount", randomCount);
        }
        content.put("shuffle", shuffle);
        if (timeLimitSeconds != null) {
            content.put("timeLimitSeconds", timeLimitSeconds);
        }
        if (attemptsAllowed != null) {
            content.put("attemptsAllowed", attemptsAllowed);
        }
        content.put("passingScorePercent", passingScorePercent);
        content.put("role", role.name());
        content.put("grading", grading.name());
        content.put("showAnswers", showAnswers.name());
        if (opensAt != null) {
            content.put("opensAt", opensAt.toString());
        }
        if (closesAt != null) {
            content.put("closesAt", closesAt.toString());
        }
        if (offline) {
            content.put("offline", true);
            content.put("offlineHours", offlineHours);
        }
        return content;
    }

    /** The same quiz asking other question families (a course package being imported); ids it cannot map are left out. */
    public QuizSettings withQuestionIds(Map<UUID, UUID> newIds) {
        if (questionIds == null) {
            return this;
        }
        return new QuizSettings(questionIds.stream().map(newIds::get).filter(java.util.Objects::nonNull).toList(),
                category, randomCount, shuffle, timeLimitSeconds, attemptsAllowed, passingScorePercent, role, grading, showAnswers,
                opensAt, closesAt, offline, offlineHours);
    }

    /** How many questions an attempt asks. */
    public int questionCount() {
        return questionIds != null ? questionIds.size() : randomCount == null ? 0 : randomCount;
    }

    /** The time limit in whole minutes, rounded up; null without one. */
    @Nullable
    public Integer timeLimitMinutes() {
        return timeLimitSeconds == null ? null : (timeLimitSeconds + 59) / 60;
    }

    /** Whether new attempts may not start yet at {@code now} (before {@code opensAt}). */
    public boolean opensLater(Instant now) {
        return opensAt != null && now.isBefore(opensAt);
    }

    /** Whether new attempts may no longer start at {@code now} ({@code closesAt} has passed). */
    public boolean closedAt(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /** When an attempt started online at {@code now} ends: its time limit, never past the quiz's closing; null for neither. */
    @Nullable
    public Instant onlineDeadline(Instant now) {
        Instant end = timeLimitSeconds == null ? null : now.plusSeconds(timeLimitSeconds);
        return closesAt != null && (end == null || end.isAfter(closesAt)) ? closesAt : end;
    }

    /**
     * When an offline window granted at {@code now} ends: {@code offlineHours} later, or at the quiz's
     * closing if that comes first.
     */
    public Instant offlineDeadline(Instant now) {
        Instant end = now.plus(java.time.Duration.ofHours(offlineHours));
        return closesAt != null && closesAt.isBefore(end) ? closesAt : end;
    }

    /** Whether a learner may see the review of a submitted attempt that did or did not pass. */
    public boolean reviewShown(boolean passed) {
        return showAnswers == ShowAnswers.AFTER_SUBMIT || (showAnswers == ShowAnswers.AFTER_PASS && passed);
    }

    /** Whether a required quiz lesson holds up course completion until passed (a pre-test does not). */
    public boolean countsTowardCompletion() {
        return role != Role.PRE_TEST;
    }

    /** Whether a percentage of the points passes. */
    public boolean passes(double percent) {
        return percent >= passingScorePercent - 1e-9;
    }
}
