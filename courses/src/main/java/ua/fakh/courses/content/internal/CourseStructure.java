package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Move;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.content.SectionOutline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sections and lessons of a course's working copy: add, change, reorder, remove. Each change locks
 * the course row (two trainers reordering at once cannot interleave) and marks the draft changed.
 * Removed lessons are only marked deleted: published versions and progress keep their ids.
 */
@Singleton
class CourseStructure implements CourseOutlineAuthoring {
    private final CourseRepository courses;
    private final SectionRepository sections;
    private final LessonRepository lessons;
    private final CourseAccess access;
    private final CourseRules rules;
    private final ContentTypes types;
    private final MaterialService materials;
    private final LessonReader reader;
    private final LessonContents contents;
    private final JsonColumns json;
    private final Clock clock;

    CourseStructure(CourseRepository courses, SectionRepository sections, LessonRepository lessons, CourseAccess access,
                    CourseRules rules, ContentTypes types, MaterialService materials, LessonReader reader,
                    LessonContents contents, JsonColumns json, Clock clock) {
        this.courses = courses;
        this.sections = sections;
        this.lessons = lessons;
        this.access = access;
        this.rules = rules;
        this.types = types;
        this.materials = materials;
        this.reader = reader;
        this.contents = contents;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SectionOutline addSection(UUID courseId, @Valid NewSection section, Caller actor) {
        lockForEdit(courseId, actor);
        int position = sections.findByCourseIdAndDeletedOrderByPosition(courseId, false).size();
        SectionRow row = sections.save(new SectionRow(Ids.newId(), courseId, position, section.title().strip(),
                blank(section.titleEn()), false));
        return new SectionOutline(row.id(), row.title(), row.titleEn(), List.of());
    }

    @Override
    @Transactional
    public SectionOutline updateSection(UUID sectionId, @Valid NewSection section, Caller actor) {
        SectionRow row = section(sectionId);
        lockForEdit(row.courseId(), actor);
        sections.update(new SectionRow(row.id(), row.courseId(), row.position(), section.title().strip(),
                blank(section.titleEn()), false));
        return new SectionOutline(row.id(), section.title().strip(), blank(section.titleEn()), List.of());
    }

    @Override
    @Transactional
    public void moveSection(UUID sectionId, @Valid Move move, Caller actor) {
        SectionRow moved = section(sectionId);
        lockForEdit(moved.courseId(), actor);
        List<SectionRow> order = new ArrayList<>(sections.findByCourseIdAndDeletedOrderByPosition(moved.courseId(), false));
        order.removeIf(s -> s.id().equals(sectionId));
        order.add(Math.min(move.position(), order.size()), moved);
        for (int i = 0; i < order.size(); i++) {
            SectionRow s = order.get(i);
            if (s.position() != i) {
                sections.update(new SectionRow(s.id(), s.courseId(), i, s.title(), s.titleEn(), false));
            }
        }
    }

    @Override
    @Transactional
    public void deleteSection(UUID sectionId, Caller actor) {
        SectionRow row = section(sectionId);
        lockForEdit(row.courseId(), actor);
        for (LessonRow lesson : lessons.findBySectionIdAndDeletedOrderByPosition(sectionId, false)) {
            lessons.update(deleted(lesson));
        }
        sections.update(new SectionRow(row.id(), row.courseId(), row.position(), row.title(), row.titleEn(), true));
    }

    @Override
    @Transactional
    public LessonView addLesson(UUID sectionId, @Valid NewLesson lesson, Caller actor, Locale locale) {
        return reader.view(addLesson(sectionId, lesson, actor).id(), actor, locale);
    }

    @Override
    @Transactional
    public LessonView updateLesson(UUID lessonId, @Valid NewLesson lesson, Caller actor, Locale locale) {
        return reader.view(updateLesson(lessonId, lesson, actor).id(), actor, locale);
    }

    /** Adds a lesson and answers its row (the package import adds many in one transaction). */
    @Transactional
    public LessonRow addLesson(UUID sectionId, @Valid NewLesson lesson, Caller actor) {
        SectionRow section = section(sectionId);
        lockForEdit(section.courseId(), actor);
        Map<String, Object> content = contents.validate(section.courseId(), lesson.type(), lesson.content());
        int position = lessons.findBySectionIdAndDeletedOrderByPosition(sectionId, false).size();
        return lessons.save(new LessonRow(Ids.newId(), section.courseId(), sectionId, position, lesson.title().strip(),
                blank(lesson.titleEn()), lesson.type(), json.write(content), !Boolean.FALSE.equals(lesson.required()), false));
    }

    @Transactional
    public LessonRow updateLesson(UUID lessonId, @Valid NewLesson lesson, Caller actor) {
        LessonRow row = lesson(lessonId);
        lockForEdit(row.courseId(), actor);
        Map<String, Object> content = contents.validate(row.courseId(), lesson.type(), lesson.content());
        return lessons.update(new LessonRow(row.id(), row.courseId(), row.sectionId(), row.position(), lesson.title().strip(),
                blank(lesson.titleEn()), lesson.type(), json.write(content),
                lesson.required() == null ? row.required() : lesson.required(), false));
    }

    @Override
    @Transactional
    public void moveLesson(UUID lessonId, @Valid Move move, Caller actor) {
        LessonRow moved = lesson(lessonId);
        lockForEdit(moved.courseId(), actor);
        UUID target = move.sectionId() == null ? moved.sectionId() : move.sectionId();
        SectionRow targetSection = section(target);
        if (!targetSection.courseId().equals(moved.courseId())) {
            throw ValidationException.of("sectionId", "problem.field.sectionOfAnotherCourse");
        }
        List<LessonRow> source = new ArrayList<>(lessons.findBySectionIdAndDeletedOrderByPosition(moved.sectionId(), false));
        source.removeIf(l -> l.id().equals(lessonId));
        List<LessonRow> destination = target.equals(moved.sectionId()) ? source
                : new ArrayList<>(lessons.findBySectionIdAndDeletedOrderByPosition(target, false));
        destination.add(Math.min(move.position(), destination.size()), moved);
        renumber(source, moved.sectionId());
        if (destination != source) {
            renumber(destination, target);
        }
    }

    @Override
    @Transactional
    public void deleteLesson(UUID lessonId, Caller actor) {
        LessonRow row = lesson(lessonId);
        lockForEdit(row.courseId(), actor);
        lessons.update(deleted(row));
        renumber(new ArrayList<>(lessons.findBySectionIdAndDeletedOrderByPosition(row.sectionId(), false)), row.sectionId());
    }

    @Override
    public String preview(String type, Map<String, Object> content, UUID courseId, Caller actor, Locale locale) {
        access.requireEditable(courseId, actor);
        Map<String, Object> checked = contents.validate(courseId, type, content);
        return types.require(type).render(checked, materials.of(courseId), locale);
    }

    @Override
    public List<String> contentTypes() {
        return types.ids();
    }

    private void renumber(List<LessonRow> order, UUID sectionId) {
        for (int i = 0; i < order.size(); i++) {
            LessonRow l = order.get(i);
            if (l.position() != i || !l.sectionId().equals(sectionId)) {
                lessons.update(new LessonRow(l.id(), l.courseId(), sectionId, i, l.title(), l.titleEn(), l.type(),
                        l.content(), l.required(), false));
            }
        }
    }

    private void lockForEdit(UUID courseId, Caller actor) {
        access.requireEditable(courseId, actor);
        CourseRow row = courses.findByIdForUpdate(courseId).orElseThrow();
        courses.update(rules.touched(row, clock.instant()));
    }

    private SectionRow section(UUID id) {
        return sections.findById(id).filter(s -> !s.deleted()).orElseThrow(() -> new NotFoundException("problem.section.notFound"));
    }

    LessonRow lesson(UUID id) {
        return lessons.findById(id).filter(l -> !l.deleted()).orElseThrow(() -> new NotFoundException("problem.lesson.notFound"));
    }

    private static LessonRow deleted(LessonRow l) {
        return new LessonRow(l.id(), l.courseId(), l.sectionId(), l.position(), l.title(), l.titleEn(), l.type(),
                l.content(), l.required(), true);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
