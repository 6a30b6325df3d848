package ua.fakh.web.learn.offline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What "Download for offline" stores of one course's published version for one learner: the pages
 * (course, lessons, quiz introductions), the course files the lessons use, and the quizzes with whether
 * the trainer lets them be taken offline. {@code version} changes with every publication, so a device
 * holding an older one offers an update. Page sizes are estimates (the page script says "≈"), file sizes
 * exact; {@code totalBytes} is everything but audio and video, {@code mediaBytes} those alone.
 */
@Serdeable
public record OfflineManifest(UUID courseId, String title, int version, List<Page> pages, List<File> files,
                              List<Quiz> quizzes, long totalBytes, long mediaBytes) {

    /** {@code kind}: {@code course}, {@code lesson} or {@code quiz} (the quiz's introduction page). */
    @Serdeable
    public record Page(String url, String title, String kind, @Nullable UUID lessonId, long bytes) {
    }

    /** A course file a lesson links; {@code media} (audio, video) is stored only when the learner asks for it. */
    @Serdeable
    public record File(String url, long bytes, UUID lessonId, boolean media) {
    }

    @Serdeable
    public record Quiz(UUID lessonId, String title, boolean offline) {
    }
}
