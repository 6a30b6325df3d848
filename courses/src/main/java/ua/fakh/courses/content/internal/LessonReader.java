package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.UnauthorizedException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Lessons;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A lesson as its reader may see it: trainers the working copy, learners the published version. */
@Singleton
class LessonReader implements Lessons {
    private final LessonRepository lessons;
    private final CourseAccess access;
    private final CourseDocuments documents;
    private final ContentTypes types;
    private final MaterialService materials;

    LessonReader(LessonRepository lessons, CourseAccess access, CourseDocuments documents, ContentTypes types,
                 MaterialService materials) {
        this.lessons = lessons;
        this.access = access;
        this.documents = documents;
        this.types = types;
        this.materials = materials;
    }

    @Override
    @Transactional(readOnly = true)
    public LessonView read(UUID lessonId, @Nullable Caller caller, Locale locale) {
        return view(lessonId, caller, locale);
    }

    /** {@link #read} inside the caller's transaction (an editor reading back the lesson it just saved). */
    LessonView view(UUID lessonId, @Nullable Caller caller, Locale locale) {
        LessonRow row = lessons.findById(lessonId).orElseThrow(() -> new NotFoundException("problem.lesson.notFound"));
        CourseRow course = access.course(row.courseId());
        Optional<LessonView> view = Optional.empty();
        if (access.mayEdit(course.id(), caller)) {
            view = find(documents.draft(course), course.id(), lessonId, locale);
        }
        if (view.isEmpty()) {
            if (!access.mayReadLessons(course, caller)) {
                if (caller == null) {
                    throw new UnauthorizedException("problem.lesson.signIn");
                }
                throw new ForbiddenException("problem.lesson.enrolToRead");
            }
            view = find(documents.published(course.id(), course.publishedVersion()), course.id(), lessonId, locale);
        }
        return view.orElseThrow(() -> new NotFoundException("problem.lesson.removed"));
    }

    LessonView render(UUID courseId, UUID sectionId, CourseDocument.Lesson lesson, Locale locale, UUID previous, UUID next) {
        String html = types.exists(lesson.type())
                ? types.require(lesson.type()).render(lesson.content(), materials.of(courseId), locale)
                : "";
        return new LessonView(lesson.id(), courseId, sectionId, lesson.title(), lesson.titleEn(), lesson.type(),
                lesson.content(), html, lesson.required(), previous, next);
    }

    private Optional<LessonView> find(CourseDocument document, UUID courseId, UUID lessonId, Locale locale) {
        List<CourseDocument.Lesson> order = document.lessons();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(lessonId)) {
                UUID sectionId = sectionOf(document, lessonId);
                UUID previous = i > 0 ? order.get(i - 1).id() : null;
                UUID next = i + 1 < order.size() ? order.get(i + 1).id() : null;
                return Optional.of(render(courseId, sectionId, order.get(i), locale, previous, next));
            }
        }
        return Optional.empty();
    }

    private static UUID sectionOf(CourseDocument document, UUID lessonId) {
        return document.sections().stream().filter(s -> s.lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
                .findFirst().orElseThrow().id();
    }
}
