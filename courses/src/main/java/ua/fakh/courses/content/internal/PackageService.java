package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.security.Caller;
import ua.fakh.core.storage.Blobs;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CoursePackages;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.PackagedQuestions;
import ua.fakh.courses.spi.MaterialInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

@Singleton
class PackageService implements CoursePackages {
    private static final Logger LOG = LoggerFactory.getLogger(PackageService.class);
    static final String MANIFEST = "manifest.json";

    private final CourseAccess access;
    private final CourseDocuments documents;
    private final MaterialRepository materials;
    private final Blobs blobs;
    private final PackageReader reader;
    private final PackageImport packageImport;
    private final JsonColumns json;
    private final PackageLimits limits;
    private final PackagedQuestions questions;
    private final Clock clock;

    PackageService(CourseAccess access, CourseDocuments documents, MaterialRepository materials, Blobs blobs,
                   PackageReader reader, PackageImport packageImport, JsonColumns json, PackageLimits limits,
                   PackagedQuestions questions, Clock clock) {
        this.access = access;
        this.documents = documents;
        this.materials = materials;
        this.blobs = blobs;
        this.reader = reader;
        this.packageImport = packageImport;
        this.json = json;
        this.limits = limits;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Path export(UUID courseId, Caller actor) {
        CourseRow row = access.requireEditable(courseId, actor);
        CourseDocument document = documents.draft(row);
        List<MaterialRow> files = materials.findByCourseIdOrderByCreatedAt(courseId);
        List<PackageManifest.Material> listed = files.stream().map(m -> new PackageManifest.Material(m.id(), m.filename(),
                m.mediaType(), m.size(), m.sha256(), "materials/" + m.id())).toList();
        PackageManifest manifest = new PackageManifest(FORMAT, FORMAT_VERSION, clock.instant(), document,
                row.enrollmentPolicy(), listed, questions.export(courseId));
        try {
            Path zipFile = Files.createTempFile("fakh-course-", ".zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(json.write(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
                for (MaterialRow file : files) {
                    zip.putNextEntry(new ZipEntry("materials/" + file.id()));
                    try (InputStream in = blobs.store().read(file.blobKey(), 0, -1)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(zipFile);
                throw e;
            }
            return zipFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CourseView importPackage(InputStream zip, UUID providerId, Caller actor) {
        Path copy = null;
        try {
            copy = Files.createTempFile("fakh-import-", ".zip");
            copyAtMost(zip, copy, limits.maxPackedBytes());
            try (ZipFile archive = new ZipFile(copy.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
                PackageManifest manifest = reader.read(archive);
                return packageImport.create(manifest, archive, providerId, actor);
            }
        } catch (IllegalArgumentException | ClassCastException | NullPointerException malformed) {
            // a plugin reading content the package made up (a quiz's question ids that are numbers, say);
            // the import has rolled back and deleted its blobs
            LOG.info("Refused a course package: {}", malformed.toString());
            throw new PackageRejectedException(MANIFEST, "manifest.json is not a valid course package");
        } catch (java.util.zip.ZipException notZip) {
            throw new PackageRejectedException("file", "problem.package.notZip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans up
                }
            }
        }
    }

    private static void copyAtMost(InputStream in, Path target, long limit) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw new ua.fakh.core.errors.PayloadTooLargeException("problem.package.tooLarge", limit / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** Problems found so far, thrown together. */
    static void throwIfAny(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new PackageRejectedException(new ArrayList<>(problems));
        }
    }

    /** Whether the stored bytes are the ones the manifest lists (an altered material is refused). */
    static boolean sameBytes(MaterialInfo stored, PackageManifest.Material listed) {
        return stored.sha256().equals(listed.sha256()) && stored.size() == listed.size();
    }
}
