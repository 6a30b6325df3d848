package ua.fakh.web.learn.offline;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.content.LessonView;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's "may be taken offline" as the quiz's content carries it, whichever way it was written. */
class OfflineManifestsTest {

    @Test
    void aQuizIsOfflineOnlyWhenItsContentSaysSo() {
        assertThat(OfflineManifests.allowsOffline(quiz(Map.of("offline", true)))).isTrue();
        assertThat(OfflineManifests.allowsOffline(quiz(Map.of("offline", "true")))).isTrue();
        assertThat(OfflineManifests.allowsOffline(quiz(Map.of("offline", false)))).isFalse();
        assertThat(OfflineManifests.allowsOffline(quiz(Map.of("randomCount", 1)))).as("settings without the flag").isFalse();
    }

    private static LessonView quiz(Map<String, Object> content) {
        return new LessonView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Тест", null, "content_quiz", content,
                "", true, null, null);
    }
}
