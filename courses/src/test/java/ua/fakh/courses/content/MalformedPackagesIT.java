package ua.fakh.courses.content;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.testing.Api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Course packages a client made up: every malformed manifest answers 4xx (never 500) and a package
 * whose archive lies about its sizes is refused while it unpacks. Neither leaves a course nor a blob.
 */
@MicronautTest(transactional = false)
class MalformedPackagesIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    FakhSettings settings;

    CourseWorld world;
    Api api;
    Map<String, byte[]> good;

    @BeforeEach
    void setUp() throws IOException {
        api = new Api(client);
        world = new CourseWorld(api);
        java.util.UUID course = world.createCourse(world.trainer, "Основа для пакетів");
        java.util.UUID section = world.addSection(world.trainer, course, "Розділ");
        Map<String, Object> pdf = world.upload(world.trainer, course, "Документ.pdf", "application/pdf", CourseWorld.pdf()).body();
        world.addLesson(world.trainer, section, "Текст", "content_markdown", Map.of("markdown", "текст"));
        world.addLesson(world.trainer, section, "Файл", "content_file", Map.of("materialId", pdf.get("id")));
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", "::Згода:: Згода потрібна. {TRUE}")
                .contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer));
        good = entries(api.http().exchange(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/export"), world.trainer),
                byte[].class).body());
        HttpResponse<Map<String, Object>> unmodified = importPackage(zip(good));
        assertThat(unmodified.code()).as("the unmodified package imports: %s", Api.body(unmodified)).isEqualTo(201);
    }

    @Test
    void malformedManifestsAre4xxAndStoreNothing() throws IOException {
        Map<String, Consumer<Map<String, Object>>> mutations = new LinkedHashMap<>();
        mutations.put("sections null", m -> course(m).put("sections", null));
        mutations.put("sections [null]", m -> course(m).put("sections", Arrays.asList((Object) null)));
        mutations.put("sections a number", m -> course(m).put("sections", 5));
        mutations.put("lessons null", m -> section(m).put("lessons", null));
        mutations.put("lessons [null]", m -> section(m).put("lessons", Arrays.asList((Object) null)));
        mutations.put("lesson type null", m -> lesson(m, 0).put("type", null));
        mutations.put("lesson content null", m -> lesson(m, 0).put("content", null));
        mutations.put("lesson content a list", m -> lesson(m, 0).put("content", List.of(1, 2)));
        mutations.put("lesson id not a UUID", m -> lesson(m, 0).put("id", "lesson-one"));
        mutations.put("materialId not a UUID", m -> lesson(m, 1).put("content", Map.of("materialId", "not-a-uuid")));
        mutations.put("materialId a number", m -> lesson(m, 1).put("content", Map.of("materialId", 42)));
        mutations.put("materialId null", m -> lesson(m, 1).put("content", new HashMap<>(Map.of())));
        mutations.put("questions [null]", m -> m.put("questions", Arrays.asList((Object) null)));
        mutations.put("questions [{}]", m -> m.put("questions", List.of(Map.of())));
        mutations.put("question definition null", m -> question(m).put("definition", null));
        mutations.put("question type unknown", m -> question(m).put("type", "qtype_hologram"));
        mutations.put("materials [null]", m -> m.put("materials", Arrays.asList((Object) null)));
        mutations.put("material id null", m -> material(m).put("id", null));
        mutations.put("material path null", m -> material(m).put("path", null));
        mutations.put("material size negative", m -> material(m).put("size", -1));
        mutations.put("course null", m -> m.put("course", null));
        mutations.put("title null", m -> course(m).put("title", null));
        mutations.put("title with NUL", m -> course(m).put("title", "Назва\u0000"));
        mutations.put("section title with NUL", m -> section(m).put("title", "Розділ\u0000"));
        mutations.put("hours a word", m -> course(m).put("hours", "many"));
        mutations.put("outcomes null", m -> course(m).put("outcomes", null));
        mutations.put("tags [null]", m -> course(m).put("tags", Arrays.asList((Object) null)));
        mutations.put("formatVersion a word", m -> m.put("formatVersion", "one"));
        long courses = taughtCount();
        long blobs = blobFiles();
        List<String> answeredBadly = new ArrayList<>();
        for (var mutation : mutations.entrySet()) {
            Map<String, Object> manifest = json.readValue(good.get("manifest.json"), Argument.mapOf(String.class, Object.class));
            mutation.getValue().accept(manifest);
            Map<String, byte[]> archive = new HashMap<>(good);
            archive.put("manifest.json", json.writeValueAsBytes(manifest));
            int status = importPackage(zip(archive)).code();
            if (status < 400 || status >= 500) {
                answeredBadly.add(mutation.getKey() + " -> " + status);
            }
        }
        for (String raw : List.of("[]", "null", "\"text\"", "{\"course\": {}}", "{", "{\"format\":\"fakh-course-package\"}")) {
            Map<String, byte[]> archive = new HashMap<>(good);
            archive.put("manifest.json", raw.getBytes(StandardCharsets.UTF_8));
            int status = importPackage(zip(archive)).code();
            if (status < 400 || status >= 500) {
                answeredBadly.add(raw + " -> " + status);
            }
        }
        assertThat(answeredBadly).isEmpty();
        assertThat(taughtCount()).isEqualTo(courses);
        assertThat(blobFiles()).isEqualTo(blobs);
    }

    /**
     * The central directory declares the material's real size, 2 KB or so, but its deflated bytes
     * unpack to 20 MB: refused at the first byte past the declared size, nothing written.
     */
    @Test
    void anArchiveLyingAboutItsUnpackedSizeIsRefusedWhileUnpacking() throws IOException {
        Map<String, Object> manifest = json.readValue(good.get("manifest.json"), Argument.mapOf(String.class, Object.class));
        String path = (String) material(manifest).get("path");
        int declared = good.get(path).length;
        byte[] bomb = Arrays.copyOf(good.get(path), 20 * 1024 * 1024);
        Map<String, byte[]> archive = new HashMap<>(good);
        archive.put(path, bomb);
        byte[] lying = declareUnpackedSize(zip(archive), path, declared);
        assertThat(lying.length).as("a small package").isLessThan(1024 * 1024);
        long courses = taughtCount();
        long blobs = blobFiles();

        HttpResponse<Map<String, Object>> response = importPackage(lying);

        assertThat(response.code()).isEqualTo(422);
        assertThat(Api.body(response).toString()).contains(path, "unpacks to more bytes than the package declares");
        assertThat(taughtCount()).isEqualTo(courses);
        assertThat(blobFiles()).isEqualTo(blobs);
    }

    /** Rewrites the uncompressed size that the central directory records for {@code name}. */
    private static byte[] declareUnpackedSize(byte[] zip, String name, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
                if (Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + nameLength), wanted)) {
                    buffer.putInt(i + 24, size);
                    return zip;
                }
            }
        }
        throw new AssertionError("no central directory entry for " + name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> course(Map<String, Object> manifest) {
        return (Map<String, Object>) manifest.get("course");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> manifest) {
        return ((List<Map<String, Object>>) course(manifest).get("sections")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lesson(Map<String, Object> manifest, int index) {
        return ((List<Map<String, Object>>) section(manifest).get("lessons")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> question(Map<String, Object> manifest) {
        return ((List<Map<String, Object>>) manifest.get("questions")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> material(Map<String, Object> manifest) {
        return ((List<Map<String, Object>>) manifest.get("materials")).get(0);
    }

    private long taughtCount() {
        return ((Number) api.get(world.trainer, "/api/me/courses").body().get("totalSize")).longValue();
    }

    private long blobFiles() throws IOException {
        Path root = settings.dataDir().resolve("blobs");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private HttpResponse<Map<String, Object>> importPackage(byte[] zip) {
        MultipartBody body = MultipartBody.builder().addPart("file", "course.zip", MediaType.of("application/zip"), zip).build();
        return api.exchange(Api.authorised(HttpRequest.POST("/api/courses/import?providerId=" + world.provider, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), world.trainer));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
