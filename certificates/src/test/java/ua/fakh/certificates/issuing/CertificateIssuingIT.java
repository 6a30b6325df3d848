package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.enrollment.CourseCompleted;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
class CertificateIssuingIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;
    @Inject
    List<OutboxListener<?>> listeners;
    @Inject
    DataSource dataSource;

    Api api;
    CertificateWorld world;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CertificateWorld(api, 36);
    }

    private List<Map<String, Object>> certificatesOf(String token) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private String storedPdfHash(Map<String, Object> certificate) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT pdf_sha256 FROM certificates WHERE id = ?")) {
            query.setObject(1, UUID.fromString((String) certificate.get("id")));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void completionIssuesOneCertificateWithEveryFieldAndThePublicCheckShowsThem() {
        Map<String, Object> learner = world.completer("Ґалина Їжакевич-Єрмоленко");
        String token = (String) learner.get("token");
        assertThat(certificatesOf(token)).isEmpty();
        outbox.deliverDue();
        List<Map<String, Object>> mine = certificatesOf(token);
        assertThat(mine).hasSize(1);
        Map<String, Object> certificate = mine.get(0);
        assertThat(certificate).containsEntry("holderName", "Ґалина Їжакевич-Єрмоленко").containsEntry("status", "VALID")
                .containsEntry("hours", 24.0).containsEntry("ectsCredits", 0.8).containsEntry("providerEdrpou", world.edrpou)
                .containsEntry("result", "зараховано").containsEntry("signatoryPosition", "Уповноважена особа");
        assertThat((String) certificate.get("serialNumber")).matches(world.edrpou + "-\\d{4}-\\d{6}");
        assertThat((String) certificate.get("code")).matches("[0-9a-hjkmnp-tv-z]{26}");
        assertThat(certificate.get("validUntil")).isNotNull();
        assertThat(storedPdfHash(certificate)).as("the PDF comes in the next delivery, not under the number lock").isNull();
        outbox.deliverDue();
        assertThat(storedPdfHash(certificate)).as("rendered without anyone downloading it").matches("[0-9a-f]{64}");

        HttpResponse<Map<String, Object>> check = api.get(null, "/api/public/certificates/" + certificate.get("code"));
        assertThat(check.code()).isEqualTo(200);
        assertThat(check.body()).containsEntry("status", "VALID").containsEntry("holderName", "Ґалина Їжакевич-Єрмоленко")
                .containsEntry("serialNumber", certificate.get("serialNumber")).containsEntry("hours", 24.0)
                .containsEntry("outcomes", List.of("Виявляє ознаки насильства", "Складає план безпеки"))
                .doesNotContainKeys("userId", "email", "id");
        assertThat(check.body().toString()).doesNotContain((String) learner.get("email"));
        String typed = ((String) certificate.get("code")).toUpperCase();
        assertThat(api.get(null, "/api/public/certificates/" + typed).code()).isEqualTo(200);
        assertThat(api.get(null, "/api/public/certificates/" + "0".repeat(26)).code()).isEqualTo(404);
        assertThat(api.get(null, "/api/public/certificates/short").code()).isEqualTo(404);
    }

    @Test
    void theSameEventTwiceAndTwoIssuersAtOnceGiveOneCertificate() throws Exception {
        Map<String, Object> learner = world.completer("Двічі Доставлена");
        String token = (String) learner.get("token");
        Map<String, Object> enrollment = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        assertThat(enrollment).containsEntry("status", "COMPLETED");
        outbox.deliverDue();
        @SuppressWarnings("unchecked")
        OutboxListener<CourseCompleted> issuer = (OutboxListener<CourseCompleted>) listeners.stream()
                .filter(l -> l.eventType() == CourseCompleted.class && l.getClass().getName().contains("certificates"))
                .findFirst().orElseThrow();
        CourseCompleted again = new CourseCompleted(Api.id(enrollment), UUID.fromString((String) learner.get("id")), world.course,
                1, null, null, null, java.time.Instant.now(), java.time.Instant.now());
        issuer.on(again, UUID.randomUUID());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> trainers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                trainers.add(() -> api.post(world.trainer, "/api/courses/" + world.course + "/certificates",
                        Map.of("userIds", List.of(learner.get("id")))).code());
            }
            for (var f : pool.invokeAll(trainers)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(certificatesOf(token)).hasSize(1);
    }

    @Test
    void concurrentCompletionsGetDistinctNumbersWithoutGaps() throws Exception {
        int learners = 12;
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            people.add(world.completer("Учасник " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> dispatchers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                dispatchers.add(outbox::deliverDue);
            }
            pool.invokeAll(dispatchers);
        } finally {
            pool.shutdown();
        }
        outbox.deliverDue();
        List<Long> numbers = new ArrayList<>();
        for (Map<String, Object> p : people) {
            List<Map<String, Object>> mine = certificatesOf((String) p.get("token"));
            assertThat(mine).hasSize(1);
            String serial = (String) mine.get(0).get("serialNumber");
            numbers.add(Long.parseLong(serial.substring(serial.lastIndexOf('-') + 1)));
        }
        numbers.sort(Long::compare);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(numbers.get(i - 1) + 1);
        }
    }

    @Test
    void revocationShowsPubliclyAndHrSeesOnlyItsOwnPeople() throws Exception {
        Map<String, Object> learner = world.completer("Відкликана Особа");
        outbox.deliverDue();
        Map<String, Object> certificate = certificatesOf((String) learner.get("token")).get(0);
        String id = (String) certificate.get("id");

        assertThat(api.get(world.hr, "/api/certificates/" + id).code()).isEqualTo(200);
        assertThat(api.get(world.otherHr, "/api/certificates/" + id).code()).isEqualTo(403);
        assertThat(api.get(world.otherHr, "/api/organizations/" + world.hromada + "/certificates").code()).isEqualTo(403);
        Map<String, Object> list = api.get(world.hr, "/api/organizations/" + world.hromada + "/certificates?q="
                + java.net.URLEncoder.encode("відкликана", StandardCharsets.UTF_8)).body();
        assertThat((List<?>) list.get("content")).hasSize(1);

        byte[] csv = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/organizations/" + world.hromada
                + "/certificates.csv"), world.hr), byte[].class);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("Відкликана Особа");
        byte[] xlsx = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/organizations/" + world.hromada
                + "/certificates.xlsx"), world.hr), byte[].class);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.stream().map(r -> r.getCellText(0))).contains("Відкликана Особа");
            var issued = rows.stream().filter(r -> r.getCellText(0).equals("Відкликана Особа")).findFirst().orElseThrow().getCell(5);
            assertThat(issued.getType()).as("the issue date is a date cell").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(issued.getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(issued.asDate().toLocalDate())
                    .isEqualTo(ua.fakh.core.common.KyivTime.day(java.time.Instant.parse((String) certificate.get("issuedAt"))));
        }
        List<Map<String, Object>> hours = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/organizations/"
                + world.hromada + "/hours"), world.hr), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(hours).anySatisfy(h -> assertThat(h).containsEntry("fullName", "Відкликана Особа").containsEntry("hours", 24.0));

        String learnerToken = (String) learner.get("token");
        assertThat(api.post(learnerToken, "/api/certificates/" + id + "/revoke", Map.of("reason", "x")).code()).isEqualTo(403);
        assertThat(api.post(world.trainer, "/api/certificates/" + id + "/revoke", Map.of("reason", "")).code()).isEqualTo(400);
        Map<String, Object> revoked = api.post(world.trainer, "/api/certificates/" + id + "/revoke",
                Map.of("reason", "Помилка в документах")).body();
        assertThat(revoked).containsEntry("status", "REVOKED");
        Map<String, Object> publicView = api.get(null, "/api/public/certificates/" + certificate.get("code")).body();
        assertThat(publicView).containsEntry("status", "REVOKED").containsEntry("revocationReason", "Помилка в документах");
        assertThat(publicView.get("revokedAt")).isNotNull();
        String audit = api.get(world.admin, "/api/audit?action=CERTIFICATE_REVOKED&size=200").body().toString();
        assertThat(audit).contains(id);
    }

    @Test
    void aChangedNameLeavesTheSignedCertificateAsIssuedUntilAnAuditedReissue() {
        Map<String, Object> learner = world.completer("Марія Дівоча");
        String token = (String) learner.get("token");
        outbox.deliverDue();
        outbox.deliverDue();
        Map<String, Object> issued = certificatesOf(token).get(0);
        String pdfHash = storedPdfHash(issued);
        assertThat(pdfHash).isNotNull();

        assertThat(api.put(token, "/api/me", Map.of("fullName", "Марія Заміжня")).code()).isEqualTo(200);
        outbox.deliverDue();

        assertThat(certificatesOf(token).get(0)).containsEntry("holderName", "Марія Дівоча");
        assertThat(api.get(null, "/api/public/certificates/" + issued.get("code")).body()).containsEntry("holderName", "Марія Дівоча");
        assertThat(storedPdfHash(issued)).isEqualTo(pdfHash);

        Map<String, Object> replacement = api.post(world.trainer, "/api/certificates/" + issued.get("id") + "/reissue",
                Map.of("reason", "Зміна прізвища за свідоцтвом про шлюб")).body();

        assertThat(replacement).containsEntry("holderName", "Марія Заміжня");
        assertThat(api.get(null, "/api/public/certificates/" + issued.get("code")).body()).containsEntry("status", "REVOKED")
                .containsEntry("holderName", "Марія Дівоча")
                .containsEntry("supersededBySerialNumber", replacement.get("serialNumber"));
        assertThat(api.get(null, "/api/public/certificates/" + replacement.get("code")).body()).containsEntry("status", "VALID")
                .containsEntry("holderName", "Марія Заміжня").containsEntry("supersededBySerialNumber", null)
                .containsEntry("revokedAt", null);
        String audit = api.get(world.admin, "/api/audit?action=CERTIFICATE_REISSUED&size=200").body().toString();
        assertThat(audit).contains((String) issued.get("id"), "\"previousHolderName\":\"Марія Дівоча\"", "\"holderName\":\"Марія Заміжня\"");
    }

    @Test
    void batchCheckAnswersEveryCode() {
        Map<String, Object> learner = world.completer("Пакетна Перевірка");
        outbox.deliverDue();
        String code = (String) certificatesOf((String) learner.get("token")).get(0).get("code");
        HttpResponse<?> response = api.exchange(HttpRequest.POST("/api/public/certificates/verify",
                Map.of("codes", List.of(code, "nonexistent"))));
        assertThat(response.code()).isEqualTo(200);
        List<Map<String, Object>> answers = api.http().retrieve(HttpRequest.POST("/api/public/certificates/verify",
                Map.of("codes", List.of(code, "nonexistent"))), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(answers).extracting(a -> a.get("found")).containsExactly(true, false);
        assertThat(api.exchange(HttpRequest.POST("/api/public/certificates/verify", Map.of("codes", List.of()))).code())
                .isEqualTo(400);
    }
}
