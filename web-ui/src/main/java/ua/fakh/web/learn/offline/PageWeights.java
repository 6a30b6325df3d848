package ua.fakh.web.learn.offline;

import jakarta.inject.Singleton;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;
import ua.fakh.web.page.Assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Estimated sizes of the pages a download stores, so the learner sees the total before fetching
 * anything: the layout around every page plus what the page itself holds. Rendering every page to
 * count it would cost as much as the download; the page script shows these with "≈". The constants were
 * measured on the pages as they are (OfflineManifestIT prints the real sizes beside the estimates).
 */
@Singleton
class PageWeights {
    /** The layout (head, header, navigation, footer) of a signed-in learner's page. */
    static final int LAYOUT = 3_000;
    /** A lesson page around its content: breadcrumbs, facts, "mark as done", the way to its neighbours. */
    static final int LESSON_FRAME = 300;
    /** The course page around its outline: facts, progress, the download section. */
    static final int COURSE_FRAME = 4_000;
    static final int PER_OUTLINE_LESSON = 420;
    /** A quiz's introduction: its facts, past attempts, the start button. */
    static final int QUIZ_FRAME = 300;
    /** Static files the stored pages link (stored once per course); those not in this build are skipped. */
    static final List<String> SHARED_ASSETS = List.of("fakh.css", "pwa.js", "fakh-db.js", "offline-download.js", "offline-section.js",
            "quiz-offline.js", "outbox.js", "lesson-offline.js");

    private final long sharedAssets;

    PageWeights(Assets assets) {
        this.sharedAssets = SHARED_ASSETS.stream().mapToLong(name -> assets.find(name).map(f -> size(f.resource())).orElse(0L)).sum();
    }

    long coursePage(CourseView course) {
        long text = bytes(course.title()) * 2 + bytes(course.summary()) + course.outcomes().stream().mapToLong(PageWeights::bytes).sum()
                + course.competences().stream().mapToLong(PageWeights::bytes).sum();
        long outline = course.sections().stream().flatMap(s -> s.lessons().stream())
                .mapToLong(l -> PER_OUTLINE_LESSON + bytes(l.title())).sum();
        return LAYOUT + COURSE_FRAME + text + outline;
    }

    long lessonPage(LessonView lesson) {
        return LAYOUT + LESSON_FRAME + bytes(lesson.title()) * 2 + bytes(lesson.html());
    }

    long quizPage(LessonView lesson) {
        return LAYOUT + QUIZ_FRAME + bytes(lesson.title()) * 2 + bytes(lesson.html());
    }

    /** The style sheet and scripts the pages share. */
    long sharedAssets() {
        return sharedAssets;
    }

    private static long bytes(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long size(String resource) {
        try (InputStream in = PageWeights.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? 0 : in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
