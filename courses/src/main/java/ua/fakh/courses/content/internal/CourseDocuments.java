package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.courses.content.CourseDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a course as a {@link CourseDocument}: the working copy from the tables, or a published
 * version from its snapshot. Published versions never change, so they are cached by (course, version).
 */
@Singleton
class CourseDocuments {
    private static final int CACHE_LIMIT = 500;

    private final SectionRepository sections;
    private final LessonRepository lessons;
    private final VersionRepository versions;
    private final JsonColumns json;
    private final Map<VersionKey, Published> published = new ConcurrentHashMap<>();

    CourseDocuments(SectionRepository sections, LessonRepository lessons, VersionRepository versions, JsonColumns json) {
        this.sections = sections;
        this.lessons = lessons;
        this.versions = versions;
        this.json = json;
    }

    CourseDocument draft(CourseRow course) {
        List<LessonRow> all = lessons.findByCourseIdAndDeletedOrderByPosition(course.id(), false);
        List<CourseDocument.Section> result = new ArrayList<>();
        for (SectionRow section : sections.findByCourseIdAndDeletedOrderByPosition(course.id(), false)) {
            List<CourseDocument.Lesson> inSection = all.stream().filter(l -> l.sectionId().equals(section.id()))
                    .map(l -> new CourseDocument.Lesson(l.id(), l.title(), l.titleEn(), l.type(), json.object(l.content()), l.required()))
                    .toList();
            result.add(new CourseDocument.Section(section.id(), section.title(), section.titleEn(), inSection));
        }
        return new CourseDocument(course.title(), course.titleEn(), course.summary(), course.summaryEn(), course.hours(),
                course.ectsCredits(), json.strings(course.outcomes()), json.strings(course.competences()),
                course.language(), json.strings(course.tags()), course.certificateValidityMonths(), result);
    }

    CourseDocument published(UUID courseId, int version) {
        return version(courseId, version).document();
    }

    /** When a version was published: kept with its document, so a page need not read the snapshot again for it. */
    Instant publishedAt(UUID courseId, int version) {
        return version(courseId, version).publishedAt();
    }

    private Published version(UUID courseId, int version) {
        if (version <= 0) {
            throw new NotFoundException("problem.course.notPublished");
        }
        VersionKey key = new VersionKey(courseId, version);
        Published cached = published.get(key);
        if (cached != null) {
            return cached;
        }
        VersionRow row = versions.findById(key).orElseThrow(() -> new NotFoundException("problem.course.versionNotFound"));
        Published read = new Published(json.read(row.snapshot(), CourseDocument.class), row.publishedAt());
        if (published.size() > CACHE_LIMIT) {
            published.clear();
        }
        published.put(key, read);
        return read;
    }

    private record Published(CourseDocument document, Instant publishedAt) {
    }
}
