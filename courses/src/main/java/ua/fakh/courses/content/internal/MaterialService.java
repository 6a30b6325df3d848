package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.UnsupportedMediaTypeException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.storage.Blobs;
import ua.fakh.core.storage.StoredBlob;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.MaterialSettings;
import ua.fakh.courses.content.Materials;
import ua.fakh.courses.spi.CourseMaterials;
import ua.fakh.courses.spi.MaterialInfo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
class MaterialService implements Materials {
    private static final Logger LOG = LoggerFactory.getLogger(MaterialService.class);
    private static final int DETECTION_BYTES = 64 * 1024;

    private final MaterialRepository rows;
    private final CourseAccess access;
    private final CourseDocuments documents;
    private final ContentTypes types;
    private final Blobs blobs;
    private final MaterialSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    MaterialService(MaterialRepository rows, CourseAccess access, CourseDocuments documents, ContentTypes types,
                    Blobs blobs, MaterialSettings settings, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.documents = documents;
        this.types = types;
        this.blobs = blobs;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The materials of a course, for content plugins. */
    CourseMaterials of(UUID courseId) {
        Map<UUID, MaterialInfo> byId = new java.util.HashMap<>();
        rows.findByCourseIdOrderByCreatedAt(courseId).forEach(r -> byId.put(r.id(), r.info()));
        return id -> Optional.ofNullable(byId.get(id));
    }

    @Override
    public MaterialInfo upload(UUID courseId, String filename, InputStream content, Caller actor) {
        access.requireEditable(courseId, actor);
        String name = cleanName(filename);
        UUID id = Ids.newId();
        String key = "courses/" + courseId + "/materials/" + id;
        StoredBlob stored;
        String mediaType;
        try {
            BufferedInputStream in = new BufferedInputStream(content, DETECTION_BYTES);
            in.mark(DETECTION_BYTES);
            mediaType = MaterialTypes.detect(in, name);
            in.reset();
            if (!MaterialTypes.isAllowed(mediaType)) {
                throw new UnsupportedMediaTypeException("problem.material.typeRefused", mediaType);
            }
            long limit = MaterialTypes.isMedia(mediaType) ? settings.maxMediaBytes() : settings.maxDocumentBytes();
            stored = blobs.store().write(key, in, limit);
        } catch (IOException e) {
            // the client went away or sent a broken body: its fault, and nothing was kept
            LOG.info("Upload to course {} broke off: {}", courseId, e.getMessage());
            throw ValidationException.of("file", "problem.field.uploadBrokeOff");
        }
        try {
            MaterialRow row = save(new MaterialRow(id, courseId, name, mediaType, stored.size(), stored.sha256(), key,
                    actor.userId(), clock.instant()), actor);
            return row.info();
        } catch (RuntimeException failed) {
            deleteQuietly(key);
            throw failed;
        }
    }

    @Transactional
    public MaterialRow save(MaterialRow row, Caller actor) {
        MaterialRow saved = rows.save(row);
        audit.record(actor, "MATERIAL_UPLOADED", "material", row.id(), Map.of("courseId", row.courseId(),
                "filename", row.filename(), "size", row.size(), "sha256", row.sha256()));
        return saved;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MaterialInfo> list(UUID courseId, Caller actor) {
        access.requireEditable(courseId, actor);
        return rows.findByCourseIdOrderByCreatedAt(courseId).stream().map(MaterialRow::info).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MaterialInfo describe(UUID materialId, @Nullable Caller caller) {
        return readable(materialId, caller).info();
    }

    @Override
    public Download open(UUID materialId, @Nullable Caller caller, long offset, long length) {
        MaterialRow row = readable(materialId, caller);
        try {
            return new Download(row.info(), blobs.store().read(row.blobKey(), offset, length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public void delete(UUID materialId, Caller actor) {
        MaterialRow row = rows.findById(materialId).orElseThrow(() -> new NotFoundException("problem.material.notFound"));
        CourseRow course = access.requireEditable(row.courseId(), actor);
        if (usedBy(documents.draft(course), materialId)
                || (course.publishedVersion() > 0 && publishedUses(course, materialId))) {
            throw new ConflictException("problem.material.inUse");
        }
        rows.delete(row);
        audit.record(actor, "MATERIAL_DELETED", "material", materialId, Map.of("filename", row.filename()));
        deleteQuietly(row.blobKey());
    }

    private MaterialRow readable(UUID materialId, @Nullable Caller caller) {
        MaterialRow row = rows.findById(materialId).orElseThrow(() -> new NotFoundException("problem.material.notFound"));
        CourseRow course = access.course(row.courseId());
        if (!access.mayEdit(course.id(), caller)
                && (!access.mayReadLessons(course, caller) || !publishedUses(course, materialId))) {
            throw caller == null ? new ua.fakh.core.errors.UnauthorizedException("problem.material.signIn")
                    : new ForbiddenException("problem.material.learnersOnly");
        }
        return row;
    }

    /** Learners read only what the published version uses, never a trainer's unpublished upload. */
    private boolean publishedUses(CourseRow course, UUID materialId) {
        return course.publishedVersion() > 0 && usedBy(documents.published(course.id(), course.publishedVersion()), materialId);
    }

    private boolean usedBy(CourseDocument document, UUID materialId) {
        Set<UUID> used = new HashSet<>();
        for (CourseDocument.Lesson lesson : document.lessons()) {
            if (types.exists(lesson.type())) {
                used.addAll(types.require(lesson.type()).materialIds(lesson.content()));
            }
        }
        return used.contains(materialId);
    }

    /** After a failed package import: the row rolls back with the transaction, the blob is removed here. */
    void forgetBlob(UUID materialId) {
        rows.findById(materialId).ifPresentOrElse(row -> deleteQuietly(row.blobKey()),
                () -> LOG.debug("material {} already gone", materialId));
    }

    private void deleteQuietly(String key) {
        try {
            blobs.store().delete(key);
        } catch (IOException e) {
            LOG.warn("Could not delete blob {}: {}", key, e.getMessage());
        }
    }

    static String cleanName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ValidationException.of("file", "problem.field.fileNameMissing");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
