package ua.fakh.courses.content.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.content.NewCourse;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.content.PackagedQuestions;
import ua.fakh.courses.spi.ContentType;
import ua.fakh.courses.spi.MaterialInfo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Creates the draft course of a checked package in one transaction: the course, its materials
 * (type-checked and size-limited like any upload, SHA-256 compared with the manifest), its question
 * bank, then its sections and lessons with material and question ids mapped to the new ones. If anything fails, the database
 * rolls back and the blobs written so far are deleted.
 */
@Singleton
class PackageImport {
    private final CourseService courses;
    private final CourseStructure structure;
    private final MaterialService materials;
    private final ContentTypes types;
    private final PackagedQuestions questions;

    PackageImport(CourseService courses, CourseStructure structure, MaterialService materials, ContentTypes types,
                  PackagedQuestions questions) {
        this.courses = courses;
        this.structure = structure;
        this.materials = materials;
        this.types = types;
        this.questions = questions;
    }

    /**
     * The entry's bytes as they inflate, refused (422) the moment they pass the size the archive and
     * the manifest declare: a lying central directory cannot make Fakh write more than was declared,
     * and the declared sizes were checked against the limit before.
     */
    private static InputStream unpacked(ZipFile archive, PackageManifest.Material listed) throws IOException {
        ZipEntry entry = archive.getEntry(listed.path());
        long declared = entry.getSize() < 0 ? Long.MAX_VALUE : entry.getSize();
        return new SizeLimitedInputStream(archive.getInputStream(entry), Math.min(declared, listed.size()),
                () -> new PackageRejectedException(listed.path(), "material " + listed.filename()
                        + " unpacks to more bytes than the package declares"));
    }

    @Transactional
    public CourseView create(PackageManifest manifest, ZipFile archive, UUID providerId, Caller actor) throws IOException {
        CourseDocument d = manifest.course();
        EnrollmentPolicy policy = manifest.enrollmentPolicy() == EnrollmentPolicy.OPEN ? EnrollmentPolicy.OPEN : EnrollmentPolicy.TRAINER;
        CourseView course = courses.create(new NewCourse(d.title(), d.titleEn(), d.summary(), d.summaryEn(), d.hours(),
                d.ectsCredits(), d.outcomes(), d.competences(), d.language(), providerId, policy, null,
                d.certificateValidityMonths(), d.tags(), null, false), actor);
        List<UUID> uploaded = new ArrayList<>();
        try {
            Map<UUID, UUID> newIds = new HashMap<>();
            for (PackageManifest.Material listed : manifest.materials()) {
                MaterialInfo stored;
                try (InputStream in = unpacked(archive, listed)) {
                    stored = materials.upload(course.id(), listed.filename(), in, actor);
                }
                uploaded.add(stored.id());
                if (!PackageService.sameBytes(stored, listed)) {
                    throw new PackageRejectedException(List.of(FieldError.of(listed.path(),
                            "problem.package.materialChecksum", listed.filename())));
                }
                newIds.put(listed.id(), stored.id());
            }
            Map<UUID, UUID> questionIds = questions.restore(course.id(), manifest.questionsOrNone(), actor);
            for (CourseDocument.Section section : d.sections()) {
                UUID sectionId = structure.addSection(course.id(), new NewSection(section.title(), section.titleEn()), actor).id();
                for (CourseDocument.Lesson lesson : section.lessons()) {
                    ContentType type = types.require(lesson.type());
                    structure.addLesson(sectionId, new NewLesson(lesson.title(), lesson.titleEn(), lesson.type(),
                            type.withQuestions(type.withMaterials(lesson.content(), newIds), questionIds), lesson.required()), actor);
                }
            }
            return courses.get(course.id(), actor);
        } catch (RuntimeException | IOException failed) {
            uploaded.forEach(materials::forgetBlob);
            throw failed;
        }
    }
}
