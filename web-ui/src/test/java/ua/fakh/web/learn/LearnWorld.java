package ua.fakh.web.learn;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import ua.fakh.core.testing.Api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider, its trainer and a course built through the API with one lesson of every type, so the
 * learner pages can be tried against real content. Names are unique per world.
 */
public final class LearnWorld {
    final Api api;
    final String admin;
    public final UUID provider;
    public final String trainerName = "Оксана Тренерка";
    public final String trainer;
    public final String trainerEmail;
    public final String word = "Самодопомога" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    final byte[] wav = wav();

    public LearnWorld(Api api) {
        this.api = api;
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        Map<String, Object> trainerUser = api.createUser(admin, trainerName, provider, "TRAINER");
        trainerEmail = (String) trainerUser.get("email");
        trainer = api.login(trainerEmail, Api.PASSWORD);
    }

    /** A learner of this world; returns the e-mail (password {@link Api#PASSWORD}). */
    public String newLearner() {
        return (String) api.createUser(admin, "Ірина Слухачка", provider, "LEARNER").get("email");
    }

    /** A published course: lessons in order markdown, audio, video, file, link, quiz (ids in {@link Course#lessons}). */
    public Course publishedCourse(String policy, String key) {
        Course course = draft(policy, key);
        publish(course.id);
        return course;
    }

    Course draft(String policy, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Курс " + word + " для фахівців");
        body.put("titleEn", "Self-help course " + word);
        body.put("summary", "Курс самодопомоги та стресостійкості");
        body.put("hours", 7.5);
        body.put("outcomes", List.of("Застосовує техніки самодопомоги", "Розпізнає ознаки вигорання"));
        body.put("competences", List.of("Стресостійкість"));
        body.put("language", "uk");
        body.put("providerId", provider.toString());
        body.put("tags", List.of("самодопомога"));
        body.put("enrollmentPolicy", policy);
        if (key != null) {
            body.put("enrollmentKey", key);
        }
        UUID id = Api.id(check(api.post(trainer, "/api/courses", body)));
        UUID first = Api.id(check(api.post(trainer, "/api/courses/" + id + "/sections", Map.of("title", "Перший розділ", "titleEn", "Part one"))));
        UUID second = Api.id(check(api.post(trainer, "/api/courses/" + id + "/sections", Map.of("title", "Другий розділ"))));
        UUID audio = upload(id, "вправа.wav", "audio/wav", wav);
        UUID video = upload(id, "відео.mp4", "video/mp4", video());
        UUID pdf = upload(id, "посібник.pdf", "application/pdf", pdf());
        Map<String, UUID> lessons = new LinkedHashMap<>();
        lessons.put("content_markdown", lesson(first, "Що таке стрес", "content_markdown",
                Map.of("markdown", "## Стрес\n\nТекст уроку <script>alert('x')</script> **важливо**")));
        lessons.put("content_audio", lesson(first, "Дихальна вправа", "content_audio",
                Map.of("materialId", audio.toString(), "transcript", "Вдихніть повільно на чотири рахунки.")));
        lessons.put("content_video", lesson(second, "Відео засідання", "content_video",
                Map.of("materialId", video.toString(), "transcript", "Засідання з ведення випадку.")));
        lessons.put("content_file", lesson(second, "Посібник", "content_file", Map.of("materialId", pdf.toString())));
        lessons.put("content_link", lesson(second, "Стандарт", "content_link",
                Map.of("url", "https://zakon.rada.gov.ua/laws/show/z0353-16", "description", "Державний стандарт ведення випадку")));
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + id + "/questions/import",
                "$CATEGORY: Тест\n\n::Q1::План складають разом з отримувачем. {T}\n").contentType(MediaType.TEXT_PLAIN_TYPE), trainer)));
        lessons.put("content_quiz", lesson(second, "Підсумковий тест", "content_quiz",
                Map.of("category", "Тест", "randomCount", 1, "role", "POST_TEST")));
        return new Course(id, lessons, Map.of("audio", audio, "video", video, "pdf", pdf));
    }

    void publish(UUID courseId) {
        check(api.post(trainer, "/api/courses/" + courseId + "/publish", Map.of()));
    }

    public record Course(UUID id, Map<String, UUID> lessons, Map<String, UUID> materials) {
        public UUID lesson(String type) {
            return lessons.get(type);
        }

        public String path(String type) {
            return "/courses/" + id + "/lessons/" + lesson(type);
        }
    }

    private UUID lesson(UUID section, String title, String type, Map<String, Object> content) {
        return Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", title, "type", type, "content", content))));
    }

    private UUID upload(UUID courseId, String filename, String mediaType, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", filename, MediaType.of(mediaType), bytes).build();
        return Api.id(check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + courseId + "/materials", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), trainer))));
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body();
    }

    static byte[] video() {
        try (InputStream in = LearnWorld.class.getResourceAsStream("/demo/case-conference.mp4")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A second of 8 kHz 8-bit mono WAV: a real audio file. */
    public static byte[] wav() {
        int samples = 8000;
        ByteBuffer b = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8)
                .put("data".getBytes()).putInt(samples);
        for (int i = 0; i < samples; i++) {
            b.put((byte) (128 + 100 * Math.sin(i * 2 * Math.PI * 440 / 8000)));
        }
        return b.array();
    }
}
