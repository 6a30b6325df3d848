package ua.fakh.courses.content.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.storage.Blobs;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.NewCourse;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.content.PackagedQuestions;
import ua.fakh.courses.spi.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new draft made from a course's working copy: its description and settings, files, question bank
 * and outline, with lessons pointing at the copied files and questions. People are not copied
 * (enrolments, attempts, certificates stay with the original); the trainer who copies trains the copy.
 * One transaction; the blobs copied before a failure are deleted, as in a package import.
 */
@Singleton
class CourseDuplication {
    static final int MAX_TITLE = 300;

    private final CourseAccess access;
    private final CourseDocuments documents;
    private final CourseService courses;
    private final CourseStructure structure;
    private final MaterialService materials;
    private final MaterialRepository materialRows;
    private final TrainerRepository trainers;
    private final ContentTypes types;
    private final PackagedQuestions questions;
    private final Blobs blobs;
    private final AuditLog audit;

    CourseDuplication(CourseAccess access, CourseDocuments documents, CourseService courses, CourseStructure structure,
                      MaterialService materials, MaterialRepository materialRows, TrainerRepository trainers,
                      ContentTypes types, PackagedQuestions questions, Blobs blobs, AuditLog audit) {
        this.access = access;
        this.documents = documents;
        this.courses = courses;
        this.structure = structure;
        this.materials = materials;
        this.materialRows = materialRows;
        this.trainers = trainers;
        this.types = types;
        this.questions = questions;
        this.blobs = blobs;
        this.audit = audit;
    }

    @Transactional
    public CourseView duplicate(UUID courseId, Caller actor) {
        CourseRow original = access.requireEditable(courseId, actor);
        CourseDocument d = documents.draft(original);
        CourseView copy = courses.create(description(original, d, actor), actor);
        List<UUID> copiedFiles = new ArrayList<>();
        try {
            Map<UUID, UUID> fileIds = new HashMap<>();
            for (MaterialRow file : materialRows.findByCourseIdOrderByCreatedAt(courseId)) {
                try (InputStream in = blobs.store().read(file.blobKey(), 0, -1)) {
                    UUID copied = materials.upload(copy.id(), file.filename(), in, actor).id();
                    copiedFiles.add(copied);
                    fileIds.put(file.id(), copied);
                }
            }
            Map<UUID, UUID> questionIds = questions.restore(copy.id(), questions.export(courseId), actor);
            for (CourseDocument.Section section : d.sections()) {
                UUID sectionId = structure.addSection(copy.id(), new NewSection(section.title(), section.titleEn()), actor).id();
                for (CourseDocument.Lesson lesson : section.lessons()) {
                    ContentType type = types.require(lesson.type());
                    structure.addLesson(sectionId, new NewLesson(lesson.title(), lesson.titleEn(), lesson.type(),
                            type.withQuestions(type.withMaterials(lesson.content(), fileIds), questionIds), lesson.required()), actor);
                }
            }
            audit.record(actor, "COURSE_DUPLICATED", "course", copy.id(), Map.of("from", courseId));
            return courses.get(copy.id(), actor);
        } catch (IOException e) {
            copiedFiles.forEach(materials::forgetBlob);
            throw new UncheckedIOException(e);
        } catch (RuntimeException failed) {
            copiedFiles.forEach(materials::forgetBlob);
            throw failed;
        }
    }

    /**
     * The original's description and settings under a title marked as a copy in the course's language.
     * A trainer trains the copy; an administrator (who need not be a trainer) leaves it with the original's trainers.
     */
    private NewCourse description(CourseRow r, CourseDocument d, Caller actor) {
        List<UUID> trainerIds = actor.has(Role.TRAINER) ? List.of(actor.userId())
                : trainers.findByCourseId(r.id()).stream().map(TrainerRow::userId).toList();
        return new NewCourse(copyTitle(d.title(), "en".equals(d.language()) ? " (copy)" : " (копія)"),
                d.titleEn() == null ? null : copyTitle(d.titleEn(), " (copy)"), d.summary(), d.summaryEn(), d.hours(),
                r.ectsExplicit() ? r.ectsCredits() : null, d.outcomes(), d.competences(), d.language(), r.providerId(),
                r.enrollmentPolicy(), r.enrollmentKey(), d.certificateValidityMonths(), d.tags(), trainerIds, r.publicPreview());
    }

    static String copyTitle(String title, String mark) {
        String base = title.length() + mark.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - mark.length()).strip() : title;
        return base + mark;
    }
}
