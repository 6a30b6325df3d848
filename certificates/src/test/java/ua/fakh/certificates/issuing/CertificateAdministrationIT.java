package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.spi.CredentialFixtures;
import ua.fakh.certificates.spi.SigningIdentity;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.ExternalTool;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Provider settings, the signing-key import, HR's ZIP and e-mail search, the course list and cohort issuing. */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
// the first certificate of a provider makes its RSA keys inside the request: slow on a busy machine
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class CertificateAdministrationIT {
    private static final char[] PASSWORD = "seal-password".toCharArray();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;

    Api api;
    CertificateWorld world;
    String settings;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CertificateWorld(api, null);
        settings = "/api/providers/" + world.provider + "/certificate-settings";
    }

    private Map<String, Object> change(String pattern) {
        Map<String, Object> body = new HashMap<>();
        body.put("signatoryName", "Олена Підписантка");
        body.put("signatoryPosition", "Директорка центру");
        body.put("signatoryNameEn", "Olena Pidpysantka");
        body.put("signatoryPositionEn", "Director of the centre");
        body.put("serialPattern", pattern);
        body.put("providerCode", "ХОЦСС");
        body.put("primaryColor", "#123456");
        body.put("accentColor", "#abcdef");
        return body;
    }

    @Test
    void anAdministratorSetsTheSignatoryAndPatternAndTheNextCertificateCarriesThem() throws Exception {
        HttpResponse<Map<String, Object>> saved = api.put(world.admin, settings, change("ПК/{YY}/{PROVIDER}-{NNNN}"));
        assertThat(saved.code()).isEqualTo(200);
        assertThat(saved.body()).containsEntry("providerCode", "ХОЦСС").containsEntry("primaryColor", "#123456")
                .containsEntry("accentColor", "#ABCDEF");
        assertThat((String) saved.body().get("serialExample")).matches("ПК/\\d\\d/ХОЦСС-0001");

        Map<String, Object> learner = world.completer("Марта Сертифікатна");
        outbox.deliverDue();
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"),
                (String) learner.get("token")), Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        assertThat((String) certificate.get("serialNumber")).matches("ПК/\\d\\d/ХОЦСС-\\d{4}");
        assertThat(certificate).containsEntry("signatoryName", "Олена Підписантка / Olena Pidpysantka")
                .containsEntry("signatoryPosition", "Директорка центру / Director of the centre");
        byte[] pdf = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/certificates/" + certificate.get("id") + "/pdf"),
                (String) learner.get("token")), byte[].class);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Олена Підписантка");
        }
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndOnlyAdministratorsMayChangeThem() {
        Map<String, Object> bad = change("{YYYY}-{NN}");
        bad.put("primaryColor", "red");
        bad.put("signatoryName", " ");
        HttpResponse<Map<String, Object>> refused = api.put(world.admin, settings, bad);
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("serialPattern").contains("primaryColor").contains("signatoryName");
        assertThat(api.get(world.admin, settings).body()).containsEntry("serialPattern", "{PROVIDER}-{YYYY}-{NNNNNN}");
        assertThat(api.put(world.trainer, settings, change("{PROVIDER}-{YYYY}-{NNNNNN}")).code()).isEqualTo(403);
        assertThat(api.get(world.hr, settings).code()).isEqualTo(403);
    }

    @Test
    void aLogoMustBeARealPngOrJpegOfLimitedSize() throws Exception {
        assertThat(upload(settings + "/logo", "file", "logo.png", png(), null).code()).isEqualTo(200);
        assertThat(api.get(world.admin, settings).body()).containsEntry("hasLogo", true);
        HttpResponse<?> fake = upload(settings + "/logo", "file", "logo.png", "<svg>not a png</svg>".getBytes(), null);
        assertThat(fake.code()).isEqualTo(422);
        assertThat(fake.getContentType().map(MediaType::toString).orElse("")).contains("problem+json");
        assertThat(upload(settings + "/logo", "file", "big.png", new byte[600 * 1024], null).code()).isEqualTo(422);
    }

    @Test
    void anImportedPkcs12KeySignsTheNextCertificatesAndABadPasswordIs422() throws Exception {
        SigningIdentity seal = CredentialFixtures.signing();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", seal.privateKey(), PASSWORD, seal.chain().toArray(new Certificate[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);

        HttpResponse<?> wrong = upload(settings + "/signing-key", "file", "seal.p12", out.toByteArray(), "wrong");
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(upload(settings + "/signing-key", "file", "seal.p12", "garbage".getBytes(), "x").code()).isEqualTo(422);
        HttpResponse<?> imported = upload(settings + "/signing-key", "file", "seal.p12", out.toByteArray(), new String(PASSWORD));
        assertThat(imported.code()).isEqualTo(200);
        Map<String, Object> key = (Map<String, Object>) api.get(world.admin, settings).body().get("signingKey");
        assertThat(key).containsEntry("imported", true);
        assertThat((String) key.get("subject")).isEqualTo(seal.certificate().getSubjectX500Principal().getName());
        String jwks = new String(api.http().retrieve(HttpRequest.GET("/.well-known/jwks.json"), byte[].class), StandardCharsets.UTF_8);
        assertThat(jwks).contains((String) key.get("keyId"));
    }

    @Test
    void hrFindsByEmailAndDownloadsTheFilteredPdfsAsAZipWhoseCyrillicNamesUnzipShows() throws Exception {
        Map<String, Object> first = world.completer("Ярина Архівна");
        world.completer("Богдан Архівний");
        outbox.deliverDue();
        String base = "/api/organizations/" + world.hromada + "/certificates";
        Map<String, Object> byEmail = api.get(world.hr, base + "?q=" + first.get("email")).body();
        assertThat((List<?>) byEmail.get("content")).hasSize(1);

        byte[] zip = api.http().retrieve(Api.authorised(HttpRequest.GET(base + ".zip?q=" + "%D0%B0%D1%80%D1%85%D1%96%D0%B2"),
                world.hr), byte[].class);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readAllBytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).anySatisfy(n -> assertThat(n).endsWith(" Ярина Архівна.pdf"))
                .anySatisfy(n -> assertThat(n).endsWith(" Богдан Архівний.pdf"));
        Path file = Files.createTempFile("certificates", ".zip");
        try {
            Files.write(file, zip);
            ExternalTool.Result listed = ExternalTool.run("unzip", "-l", file.toString());
            assertThat(listed.succeeded()).as(listed.output()).isTrue();
            assertThat(listed.stdout()).as("Info-ZIP unzip shows the Cyrillic names as they are").contains(names);
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(api.exchange(Api.authorised(HttpRequest.GET(base + ".zip"), world.otherHr)).code()).isEqualTo(403);
    }

    @Test
    void trainersListTheCourseCertificatesAndIssueForACohortWithReasonsForRefusals() {
        Map<String, Object> done = api.createUser(world.admin, "Когорта Завершила", world.hromada, "LEARNER");
        Map<String, Object> notYet = api.createUser(world.admin, "Когорта Не Завершила", world.hromada, "LEARNER");
        java.util.UUID cohort = Api.id(api.post(world.trainer, "/api/courses/" + world.course + "/cohorts",
                Map.of("name", "Група 1")).body());
        assertThat(api.post(world.trainer, "/api/courses/" + world.course + "/enrollments", Map.of("userIds",
                List.of(done.get("id"), notYet.get("id")), "cohortId", cohort.toString())).code()).isLessThan(300);
        api.get(api.login((String) done.get("email"), Api.PASSWORD), "/api/lessons/" + world.lesson);

        HttpResponse<Map<String, Object>> report = api.post(world.trainer, "/api/courses/" + world.course + "/cohorts/"
                + cohort + "/certificates", Map.of());
        assertThat(report.code()).isEqualTo(200);
        assertThat(report.body()).containsEntry("issued", 1);
        assertThat(report.body().toString()).contains("REFUSED").containsAnyOf("Відкрити урок «", "Пройти урок «").contains("ISSUED");
        HttpResponse<Map<String, Object>> english = api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + world.course
                + "/cohorts/" + cohort + "/certificates", Map.of()), world.trainer).header("Cookie", "fakh_lang=en"));
        assertThat(english.body().toString()).as("the reasons in the caller's language")
                .containsAnyOf("Open the lesson «", "Complete the lesson «");
        String list = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course + "/certificates"),
                world.trainer), String.class);
        assertThat(list).contains("Когорта Завершила").doesNotContain("Когорта Не Завершила");
        assertThat(api.exchange(Api.authorised(HttpRequest.GET("/api/courses/" + world.course + "/certificates"), world.hr))
                .code()).isEqualTo(403);
    }

    private HttpResponse<?> upload(String uri, String part, String name, byte[] bytes, String password) {
        MultipartBody.Builder body = MultipartBody.builder().addPart(part, name, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes);
        if (password != null) {
            body.addPart("password", password);
        }
        var request = uri.endsWith("/logo") ? HttpRequest.PUT(uri, body.build()) : HttpRequest.POST(uri, body.build());
        return api.exchange(Api.authorised(request.contentType(MediaType.MULTIPART_FORM_DATA_TYPE), world.admin));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
