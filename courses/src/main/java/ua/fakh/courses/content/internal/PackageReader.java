package ua.fakh.courses.content.internal;

import ua.fakh.core.common.JsonColumns;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldError;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.CoursePackages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a course package before anything is created: entry names that could escape the archive,
 * too many entries, a declared unpacked size past the limit, the manifest's format and shape
 * ({@link PackageShape}), lesson types this installation lacks, lesson content they cannot read,
 * materials missing from the archive or not listed. Reports all at once. The sizes checked here are
 * the ones the archive declares; {@link PackageImport} then refuses any entry that unpacks to more.
 */
@Singleton
class PackageReader {
    private final JsonColumns json;
    private final ContentTypes types;
    private final PackageLimits limits;

    PackageReader(JsonColumns json, ContentTypes types, PackageLimits limits) {
        this.json = json;
        this.types = types;
        this.limits = limits;
    }

    PackageManifest read(ZipFile archive) throws IOException {
        List<FieldError> problems = new ArrayList<>();
        if (archive.size() > limits.maxEntries()) {
            throw new PackageRejectedException("file", "more than " + limits.maxEntries() + " entries");
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!isSafeName(entry.getName())) {
                problems.add(FieldError.of(entry.getName(), "problem.package.pathEscapes"));
            }
            declared += Math.max(0, entry.getSize());
        }
        if (declared > limits.maxUnpackedBytes()) {
            problems.add(FieldError.of("file", "problem.package.tooLarge", limits.maxUnpackedBytes()));
        }
        PackageService.throwIfAny(problems);

        PackageManifest manifest = manifest(archive);
        if (!CoursePackages.FORMAT.equals(manifest.format()) || manifest.formatVersion() != CoursePackages.FORMAT_VERSION) {
            throw new PackageRejectedException(PackageService.MANIFEST, "unsupported package format " + manifest.format()
                    + " version " + manifest.formatVersion());
        }
        Set<UUID> listed = new HashSet<>();
        for (PackageManifest.Material material : manifest.materials()) {
            listed.add(material.id());
            ZipEntry entry = isSafeName(material.path()) ? archive.getEntry(material.path()) : null;
            if (entry == null) {
                problems.add(FieldError.of(material.path(), "problem.package.materialMissing", material.filename()));
            }
        }
        for (CourseDocument.Lesson lesson : manifest.course().lessons()) {
            if (!types.exists(lesson.type())) {
                problems.add(FieldError.of("lessons." + lesson.id(), "problem.field.unknownLessonType", lesson.type()));
                continue;
            }
            for (UUID used : materialIds(lesson)) {
                if (!listed.contains(used)) {
                    problems.add(FieldError.of("lessons." + lesson.id(), "problem.package.lessonMaterialMissing", used));
                }
            }
        }
        long listedBytes = manifest.materials().stream().mapToLong(m -> Math.max(0, m.size())).sum();
        if (listedBytes > limits.maxUnpackedBytes()) {
            problems.add(FieldError.of("materials", "problem.package.tooLarge", limits.maxUnpackedBytes()));
        }
        PackageService.throwIfAny(problems);
        return manifest;
    }

    /** The content type reads its own JSON; content it cannot read (an id that is no UUID, a list that is a number) is the package's fault. */
    private Set<UUID> materialIds(CourseDocument.Lesson lesson) {
        try {
            Set<UUID> ids = types.require(lesson.type()).materialIds(lesson.content());
            if (ids.stream().anyMatch(java.util.Objects::isNull)) { // contains(null) throws on Set.of
                throw new IllegalArgumentException("a material id is missing");
            }
            return ids;
        } catch (IllegalArgumentException | ClassCastException | NullPointerException unreadable) {
            throw new PackageRejectedException("lessons." + lesson.id(), "the lesson's content is not valid: " + unreadable.getMessage());
        }
    }

    private PackageManifest manifest(ZipFile archive) throws IOException {
        ZipEntry entry = archive.getEntry(PackageService.MANIFEST);
        if (entry == null) {
            throw new PackageRejectedException(PackageService.MANIFEST, "the package has no manifest.json");
        }
        try (InputStream in = archive.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxManifestBytes() + 1));
            if (bytes.length > limits.maxManifestBytes()) {
                throw new PackageRejectedException(PackageService.MANIFEST, "manifest.json is too large");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            PackageManifest manifest = json.read(text, PackageManifest.class);
            if (manifest == null || manifest.course() == null || manifest.materials() == null) {
                throw new PackageRejectedException(PackageService.MANIFEST, "manifest.json lacks the course or its materials");
            }
            PackageService.throwIfAny(PackageShape.problems(manifest, text));
            return manifest;
        } catch (java.io.UncheckedIOException | IllegalArgumentException broken) {
            throw new PackageRejectedException(PackageService.MANIFEST, "manifest.json is not valid: " + broken.getMessage());
        }
    }

    /** Relative, forward slashes only, no '..' segment, no drive letter. */
    static boolean isSafeName(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
