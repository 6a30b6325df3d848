package ua.fakh.web.learn.offline;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.Quizzes;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.spi.MaterialInfo;
import ua.fakh.web.learn.MaterialLinks;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds {@link OfflineManifest}: only for a learner enrolled in the course (not withdrawn), from the
 * published version they read, through the same doors as the lesson pages (so a file the learner may
 * not open never appears). Reading lessons here does not count as opening them.
 */
@Singleton
class OfflineManifests {
    private final CourseCatalog catalog;
    private final Enrollments enrollments;
    private final Lessons lessons;
    private final LessonTypes types;
    private final Materials materials;
    private final Quizzes quizzes;
    private final PageWeights weights;

    OfflineManifests(CourseCatalog catalog, Enrollments enrollments, Lessons lessons, LessonTypes types, Materials materials,
                     Quizzes quizzes, PageWeights weights) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.lessons = lessons;
        this.types = types;
        this.materials = materials;
        this.quizzes = quizzes;
        this.weights = weights;
    }

    OfflineManifest of(UUID courseId, Caller caller, PageContext ctx) {
        boolean enrolled = caller.userId() != null && enrollments.find(courseId, caller.userId())
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN).isPresent();
        if (!enrolled) {
            throw new ForbiddenException("problem.offline.enrolledOnly");
        }
        CourseView course = catalog.published(courseId, caller);
        String base = "/courses/" + courseId;
        List<OfflineManifest.Page> pages = new ArrayList<>();
        List<OfflineManifest.File> files = new ArrayList<>();
        List<OfflineManifest.Quiz> quizList = new ArrayList<>();
        pages.add(new OfflineManifest.Page(base, Texts.title(ctx, course.title(), course.titleEn()), "course", null,
                weights.coursePage(course)));
        for (LessonOutline outline : course.sections().stream().flatMap(s -> s.lessons().stream()).toList()) {
            LessonView lesson = lessons.read(outline.id(), caller, ctx.locale());
            String title = Texts.title(ctx, lesson.title(), lesson.titleEn());
            pages.add(new OfflineManifest.Page(base + "/lessons/" + lesson.id(), title, "lesson", lesson.id(),
                    weights.lessonPage(lesson)));
            files.addAll(filesOf(lesson, caller));
            if (quizzes.isQuiz(lesson.type())) {
                pages.add(new OfflineManifest.Page("/quiz/" + lesson.id(), title, "quiz", lesson.id(), weights.quizPage(lesson)));
                quizList.add(new OfflineManifest.Quiz(lesson.id(), title, allowsOffline(lesson)));
            }
        }
        long pageBytes = pages.stream().mapToLong(OfflineManifest.Page::bytes).sum();
        long fileBytes = files.stream().filter(f -> !f.media()).mapToLong(OfflineManifest.File::bytes).sum();
        long mediaBytes = files.stream().filter(OfflineManifest.File::media).mapToLong(OfflineManifest.File::bytes).sum();
        return new OfflineManifest(courseId, Texts.title(ctx, course.title(), course.titleEn()), course.version(), pages,
                files, quizList, pageBytes + weights.sharedAssets() + fileBytes, mediaBytes);
    }

    private List<OfflineManifest.File> filesOf(LessonView lesson, Caller caller) {
        return types.find(lesson.type()).map(type -> type.materialIds(lesson.content()).stream().sorted()
                .map(id -> {
                    MaterialInfo info = materials.describe(id, caller);
                    return new OfflineManifest.File(MaterialLinks.contentUrl(id), info.size(), lesson.id(),
                            info.isAudio() || info.isVideo());
                }).toList()).orElse(List.of());
    }

    /**
     * The trainer's "may be taken offline", read from the quiz's content as its type stores it, so this
     * works with quiz settings that do not carry the flag (then: not offline).
     */
    static boolean allowsOffline(LessonView lesson) {
        Object flag = lesson.content().get("offline");
        return flag instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(flag));
    }
}
