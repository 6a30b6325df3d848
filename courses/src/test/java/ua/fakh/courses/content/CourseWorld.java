package ua.fakh.courses.content;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** People and a provider for course tests (the assessment tests too): a trainer, a second trainer, a learner, an admin. */
public final class CourseWorld {
    public final Api api;
    public final String admin;
    public final UUID provider;
    final String edrpou = Api.newEdrpou();
    final UUID otherProvider;
    public final UUID hromada;
    public final String trainer;
    final String otherTrainer;
    public final String learner;
    final Map<String, Object> learnerUser;

    public CourseWorld(Api api) {
        this.api = api;
        admin = api.adminToken();
        provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Регіональний центр"),
                "kind", "PROVIDER", "edrpou", edrpou)).body());
        otherProvider = Api.id(api.createOrganization(admin, Api.unique("Інший провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = login(api.createUser(admin, "Оксана Тренерка", provider, "TRAINER"));
        otherTrainer = login(api.createUser(admin, "Інший Тренер", otherProvider, "TRAINER"));
        learnerUser = api.createUser(admin, "Ірина Соцпрацівниця", hromada, "LEARNER");
        learner = login(learnerUser);
    }

    private String login(Map<String, Object> user) {
        return api.login((String) user.get("email"), Api.PASSWORD);
    }

    Map<String, Object> courseBody(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("titleEn", "Self-help and resilience");
        body.put("summary", "Курс самодопомоги та стресостійкості для фахівців соціальної сфери");
        body.put("hours", 7.5);
        body.put("outcomes", List.of("Застосовує техніки самодопомоги", "Розпізнає ознаки вигорання"));
        body.put("competences", List.of("Стресостійкість"));
        body.put("language", "uk");
        body.put("providerId", provider.toString());
        body.put("tags", List.of("самодопомога", "resilience"));
        return body;
    }

    public UUID createCourse(String token, String title) {
        HttpResponse<Map<String, Object>> created = api.post(token, "/api/courses", courseBody(title));
        if (created.code() != 201) {
            throw new AssertionError("course not created: " + Api.body(created));
        }
        return Api.id(created.body());
    }

    public UUID addSection(String token, UUID courseId, String title) {
        return Api.id(api.post(token, "/api/courses/" + courseId + "/sections", Map.of("title", title)).body());
    }

    public HttpResponse<Map<String, Object>> addLesson(String token, UUID sectionId, String title, String type, Map<String, Object> content) {
        return api.post(token, "/api/sections/" + sectionId + "/lessons", Map.of("title", title, "type", type, "content", content));
    }

    HttpResponse<Map<String, Object>> upload(String token, UUID courseId, String filename, String mediaType, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", filename, MediaType.of(mediaType), bytes).build();
        return api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + courseId + "/materials", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token));
    }

    /** A one-page PDF: enough for type detection by its magic bytes. */
    static byte[] pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A second of 8 kHz 8-bit mono WAV: a real audio file, 8 KB. */
    static byte[] wav() {
        int samples = 8000;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + samples).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8)
                .put("data".getBytes()).putInt(samples);
        for (int i = 0; i < samples; i++) {
            b.put((byte) (128 + 100 * Math.sin(i * 2 * Math.PI * 440 / 8000)));
        }
        return b.array();
    }

    /** The start of a Windows executable: refused whatever it is called. */
    static byte[] exe() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
