package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseFacts;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.Courses;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Move;
import ua.fakh.courses.content.NewCourse;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.content.SectionOutline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The {@link Courses} door: hands each call to the service that owns it. */
@Singleton
class CoursesFacade implements Courses {
    private final CourseService courses;
    private final CourseStructure structure;
    private final LessonReader lessons;
    private final CourseAccess access;
    private final ContentTypes types;
    private final MaterialService materials;
    private final CourseDocuments documents;

    CoursesFacade(CourseService courses, CourseStructure structure, LessonReader lessons, CourseAccess access,
                  ContentTypes types, MaterialService materials, CourseDocuments documents) {
        this.documents = documents;
        this.courses = courses;
        this.structure = structure;
        this.lessons = lessons;
        this.access = access;
        this.types = types;
        this.materials = materials;
    }

    @Override
    public CourseView create(NewCourse course, Caller actor) {
        return courses.create(course, actor);
    }

    @Override
    public CourseView update(UUID courseId, NewCourse course, Caller actor) {
        return courses.update(courseId, course, actor);
    }

    @Override
    public CourseView get(UUID courseId, @Nullable Caller caller) {
        return courses.get(courseId, caller);
    }

    @Override
    public CourseView published(UUID courseId, @Nullable Caller caller) {
        return courses.published(courseId, caller);
    }

    @Override
    public CourseView publish(UUID courseId, Caller actor) {
        return courses.publish(courseId, actor);
    }

    @Override
    public CourseView archive(UUID courseId, Caller actor) {
        return courses.archive(courseId, actor);
    }

    @Override
    public PageView<CourseSummary> catalogue(CatalogueQuery query, @Nullable Integer page, @Nullable Integer size) {
        return courses.catalogue(query, page, size);
    }

    @Override
    public PageView<CourseSummary> taught(Caller caller, @Nullable Integer page, @Nullable Integer size) {
        return courses.taught(caller, page, size);
    }

    @Override
    public SectionOutline addSection(UUID courseId, NewSection section, Caller actor) {
        return structure.addSection(courseId, section, actor);
    }

    @Override
    public SectionOutline updateSection(UUID sectionId, NewSection section, Caller actor) {
        return structure.updateSection(sectionId, section, actor);
    }

    @Override
    public void moveSection(UUID sectionId, Move move, Caller actor) {
        structure.moveSection(sectionId, move, actor);
    }

    @Override
    public void deleteSection(UUID sectionId, Caller actor) {
        structure.deleteSection(sectionId, actor);
    }

    @Override
    public LessonView addLesson(UUID sectionId, NewLesson lesson, Caller actor, Locale locale) {
        return lessons.read(structure.addLesson(sectionId, lesson, actor).id(), actor, locale);
    }

    @Override
    public LessonView updateLesson(UUID lessonId, NewLesson lesson, Caller actor, Locale locale) {
        return lessons.read(structure.updateLesson(lessonId, lesson, actor).id(), actor, locale);
    }

    @Override
    public void moveLesson(UUID lessonId, Move move, Caller actor) {
        structure.moveLesson(lessonId, move, actor);
    }

    @Override
    public void deleteLesson(UUID lessonId, Caller actor) {
        structure.deleteLesson(lessonId, actor);
    }

    @Override
    public LessonView lesson(UUID lessonId, @Nullable Caller caller, Locale locale) {
        return lessons.read(lessonId, caller, locale);
    }

    @Override
    public String preview(String type, Map<String, Object> content, UUID courseId, Caller actor, Locale locale) {
        access.requireEditable(courseId, actor);
        Map<String, Object> checked = types.require(type).validate(content, materials.of(courseId));
        return types.require(type).render(checked, materials.of(courseId), locale);
    }

    @Override
    public List<LessonRequirement> lessonRequirements(UUID courseId) {
        CourseRow row = access.course(courseId);
        if (row.publishedVersion() == 0) {
            return List.of();
        }
        return documents.published(courseId, row.publishedVersion()).lessons().stream().map(l -> {
            boolean known = types.exists(l.type());
            var type = known ? types.require(l.type()) : null;
            return new LessonRequirement(l.id(), l.required() && (!known || type.countsTowardCompletion(l.content())),
                    known && type.completesWhenOpened(), known && type.learnerMarksDone());
        }).toList();
    }

    @Override
    public CourseFacts facts(UUID courseId, int version) {
        CourseRow row = access.course(courseId);
        return new CourseFacts(courseId, row.providerId(), version, documents.published(courseId, version));
    }

    @Override
    public int publishedVersion(UUID courseId) {
        return access.course(courseId).publishedVersion();
    }

    @Override
    public boolean enrollmentKeyMatches(UUID courseId, @Nullable String key) {
        String expected = access.course(courseId).enrollmentKey();
        return key != null && expected != null && java.security.MessageDigest.isEqual(
                key.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public boolean mayEdit(UUID courseId, Caller caller) {
        return access.mayEdit(courseId, caller);
    }

    @Override
    public List<String> contentTypes() {
        return types.ids();
    }
}
