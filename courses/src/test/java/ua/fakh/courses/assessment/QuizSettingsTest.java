package ua.fakh.courses.assessment;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.ContentRejectedException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizSettingsTest {

    @Test
    void readsAnOlderStoredCopyWithTheDefaultsForWhatItLacks() {
        QuizSettings settings = QuizSettings.of(Map.of("category", "A", "randomCount", 4, "timeLimitSeconds", 90));

        assertThat(settings.passingScorePercent()).isEqualTo(QuizSettings.DEFAULT_PASSING_PERCENT);
        assertThat(settings.role()).isEqualTo(QuizSettings.Role.GRADED);
        assertThat(settings.grading()).isEqualTo(QuizSettings.Grading.HIGHEST);
        assertThat(settings.showAnswers()).isEqualTo(QuizSettings.ShowAnswers.AFTER_SUBMIT);
        assertThat(settings.questionCount()).isEqualTo(4);
        assertThat(settings.timeLimitMinutes()).isEqualTo(2);
    }

    @Test
    void writesBackTheSameJsonItWasCheckedFrom() {
        Map<String, Object> content = QuizSettings.validate(Map.of("category", "A", "randomCount", 2, "shuffle", true,
                "showAnswers", "AFTER_PASS")).toContent();

        assertThat(QuizSettings.of(content).toContent()).isEqualTo(content);
        assertThat(QuizSettings.validate(content).toContent()).isEqualTo(content);
    }

    @Test
    void anOfflineQuizKeepsItsWindowAndItsWindowEndsAtTheQuizClosing() {
        java.time.Instant closes = java.time.Instant.parse("2026-12-10T08:00:00Z");
        QuizSettings settings = QuizSettings.validate(Map.of("category", "A", "randomCount", 1, "offline", true,
                "offlineHours", 48, "closesAt", closes.toString()));
        Map<String, Object> content = settings.toContent();

        assertThat(content).containsEntry("offline", true).containsEntry("offlineHours", 48);
        assertThat(QuizSettings.of(content)).isEqualTo(settings);
        assertThat(QuizSettings.of(Map.of("category", "A", "randomCount", 1)).offline()).isFalse();
        assertThat(QuizSettings.validate(Map.of("category", "A", "randomCount", 1, "offline", true)).offlineHours())
                .isEqualTo(QuizSettings.DEFAULT_OFFLINE_HOURS);
        assertThat(settings.offlineDeadline(closes.minusSeconds(3600))).isEqualTo(closes);
        assertThat(settings.offlineDeadline(closes.minusSeconds(3 * 24 * 3600)))
                .isEqualTo(closes.minusSeconds(3 * 24 * 3600).plusSeconds(48 * 3600));
        assertThatThrownBy(() -> QuizSettings.validate(Map.of("category", "A", "randomCount", 1, "offline", "так",
                "offlineHours", 0)))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).contains("content.offline", "content.offlineHours"));
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        assertThatThrownBy(() -> QuizSettings.validate(Map.of("questionIds", List.of("x"), "passingScorePercent", -1,
                "grading", "BEST")))
                .isInstanceOfSatisfying(ContentRejectedException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field())
                        .contains("content.questionIds", "content.passingScorePercent", "content.grading"));
    }

    @Test
    void showsTheReviewAsTheRuleSays() {
        QuizSettings afterPass = QuizSettings.validate(Map.of("category", "A", "randomCount", 1, "showAnswers", "AFTER_PASS"));
        QuizSettings never = QuizSettings.validate(Map.of("category", "A", "randomCount", 1, "showAnswers", "NEVER"));

        assertThat(afterPass.reviewShown(true)).isTrue();
        assertThat(afterPass.reviewShown(false)).isFalse();
        assertThat(never.reviewShown(true)).isFalse();
        assertThat(afterPass.passes(60)).isTrue();
        assertThat(afterPass.passes(59.9)).isFalse();
    }
}
