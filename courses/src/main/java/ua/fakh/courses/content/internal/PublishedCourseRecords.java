package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseFacts;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonRequirement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;

/** {@link CourseRecords}: the published versions' facts, read without an access check. */
@Singleton
class PublishedCourseRecords implements CourseRecords {
    private final CourseAccess access;
    private final CourseDocuments documents;
    private final ContentTypes types;

    PublishedCourseRecords(CourseAccess access, CourseDocuments documents, ContentTypes types) {
        this.access = access;
        this.documents = documents;
        this.types = types;
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
            return new LessonRequirement(l.id(), types.holdsCompletion(l),
                    known && type.completesWhenOpened(), known && type.learnerMarksDone(), l.title(), l.titleEn());
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
        return key != null && expected != null && MessageDigest.isEqual(
                key.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean mayEdit(UUID courseId, Caller caller) {
        return access.mayEdit(courseId, caller);
    }
}
