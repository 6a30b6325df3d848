package ua.fakh.web.notices;

import ua.fakh.core.testing.TestMailbox;
import ua.fakh.core.testing.MovableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.events.OutboxListener;
import ua.fakh.certificates.issuing.CertificateNoticeScans;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.enrollment.CourseCompleted;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issued, expiring and expired certificates, and HR's weekly digest: each message once, in its reader's language, with working links. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.test.movable-clock", value = "true")
// the test decides when events are delivered, scans run and messages go out
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "fakh.notifications.send", value = "false")
@Property(name = "fakh.notices.every", value = "1h")
@Property(name = "fakh.notices.first-scan", value = "1h")
class CertificateNoticesIT {
    private static final LocalTime HALF_PAST_NINE = LocalTime.of(9, 30);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;
    @Inject
    List<OutboxListener<?>> listeners;
    @Inject
    Notifications notifications;
    @Inject
    CertificateNoticeScans scans;
    @Inject
    TestMailbox inbox;
    @Inject
    MovableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(client);
    }

    private Map<String, Object> holder(NoticeWorld world, String name, String locale) {
        Map<String, Object> person = NoticeTesting.person(api, world.admin, name, world.hromada, locale, "LEARNER");
        String token = (String) person.get("token");
        api.post(token, "/api/courses/" + world.course + "/enrollments", Map.of());
        api.get(token, "/api/lessons/" + world.lesson);
        return person;
    }

    private static UUID idOf(Map<String, Object> person) {
        return UUID.fromString((String) person.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIssuedCertificateIsAnnouncedOnceWithItsVerifyAndPdfLinks() {
        NoticeWorld world = new NoticeWorld(api, 36);
        Map<String, Object> learner = holder(world, "Оксана Видана", "uk");
        outbox.deliverDue();
        Map<String, Object> certificate = NoticeTesting.certificatesOf(api, (String) learner.get("token")).get(0);
        // the completion delivered again, and a trainer issuing the same: still one certificate, one message
        OutboxListener<CourseCompleted> issuer = (OutboxListener<CourseCompleted>) listeners.stream()
                .filter(l -> l.eventType() == CourseCompleted.class && l.getClass().getName().contains("certificates"))
                .findFirst().orElseThrow();
        UUID enrollment = UUID.fromString((String) api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"),
                (String) learner.get("token")), io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument
                .mapOf(String.class, Object.class))).get(0).get("id"));
        issuer.on(new CourseCompleted(enrollment, idOf(learner), world.course, 1, null, null, null, Instant.now(), Instant.now()),
                UUID.randomUUID());
        api.post(world.trainer, "/api/courses/" + world.course + "/certificates", Map.of("userIds", List.of(learner.get("id"))));
        notifications.deliverDue();

        List<OutgoingMessage> messages = inbox.to(idOf(learner), NoticeKind.CERTIFICATE_ISSUED);
        assertThat(messages).hasSize(1);
        OutgoingMessage message = messages.get(0);
        assertThat(message.subject()).isEqualTo("Ваш сертифікат за курс «Робота з постраждалими від насильства» видано");
        String verify = "http://localhost:8080/verify/" + certificate.get("code");
        String pdf = "http://localhost:8080/certificates/" + certificate.get("id") + "/pdf";
        assertThat(message.text()).contains((String) certificate.get("serialNumber")).contains(verify).contains(pdf);
        assertThat(message.link()).isEqualTo("http://localhost:8080/certificates");

        assertThat(api.http().exchange(HttpRequest.GET(NoticeTesting.path(verify)), String.class).code()).isEqualTo(200);
        HttpResponse<byte[]> file = api.http().exchange(Api.authorised(HttpRequest.GET(NoticeTesting.path(pdf)),
                (String) learner.get("token")), byte[].class);
        assertThat(file.code()).isEqualTo(200);
        assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(api.exchange(Api.authorised(HttpRequest.GET(NoticeTesting.path(message.link())), (String) learner.get("token")))
                .code()).isEqualTo(200);
    }

    @Test
    void expiryIsToldAt60And30DaysAndOnceExpiredNeverForARevokedCertificate() {
        NoticeWorld world = new NoticeWorld(api, 12);
        UUID refresher = Api.id(api.post(world.trainer, "/api/courses", Map.of("title", "Поновлення знань", "titleEn", "Refresher",
                "summary", "Курс", "hours", 4, "outcomes", List.of("Пам'ятає"), "language", "uk",
                "providerId", world.provider.toString())).body());
        UUID section = Api.id(api.post(world.trainer, "/api/courses/" + refresher + "/sections", Map.of("title", "Розділ")).body());
        api.post(world.trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        api.post(world.trainer, "/api/courses/" + refresher + "/publish", Map.of());
        assertThat(api.put(world.trainer, "/api/courses/" + world.course + "/renewal", Map.of("renewalCourseId", refresher.toString()))
                .code()).isEqualTo(200);

        Map<String, Object> english = holder(world, "Olena Renewing", "en");
        Map<String, Object> revoked = holder(world, "Відкликана Особа", "uk");
        outbox.deliverDue();
        Map<String, Object> revokedCertificate = NoticeTesting.certificatesOf(api, (String) revoked.get("token")).get(0);
        assertThat(api.post(world.trainer, "/api/certificates/" + revokedCertificate.get("id") + "/revoke",
                Map.of("reason", "Помилка")).code()).isEqualTo(200);
        LocalDate lastDay = LocalDate.parse((String) NoticeTesting.certificatesOf(api, (String) english.get("token")).get(0)
                .get("validUntil"));
        UUID holder = idOf(english);

        clock.setKyiv(lastDay.minusDays(60), LocalTime.of(8, 59));
        assertThat(scans.sendExpiryNotices()).isZero();
        clock.setKyiv(lastDay.minusDays(60), HALF_PAST_NINE);
        scans.sendExpiryNotices();
        scans.sendExpiryNotices();
        notifications.deliverDue();
        List<OutgoingMessage> told = inbox.to(holder, NoticeKind.CERTIFICATE_EXPIRING);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).subject()).isEqualTo("Your certificate for “Working with survivors of violence” is valid until "
                + KyivTime.date(lastDay));
        assertThat(told.get(0).text()).contains("enrol in the course “Refresher”");
        assertThat(told.get(0).link()).isEqualTo("http://localhost:8080/courses/" + refresher);
        assertThat(api.exchange(Api.authorised(HttpRequest.GET(NoticeTesting.path(told.get(0).link())), (String) english.get("token")))
                .code()).isEqualTo(200);

        clock.setKyiv(lastDay.minusDays(30), HALF_PAST_NINE);
        scans.sendExpiryNotices();
        clock.setKyiv(lastDay.minusDays(29), HALF_PAST_NINE);
        scans.sendExpiryNotices();
        notifications.deliverDue();
        assertThat(inbox.to(holder, NoticeKind.CERTIFICATE_EXPIRING)).hasSize(2);

        clock.setKyiv(lastDay.plusDays(1), HALF_PAST_NINE);
        scans.sendExpiryNotices();
        scans.sendExpiryNotices();
        notifications.deliverDue();
        told = inbox.to(holder, NoticeKind.CERTIFICATE_EXPIRING);
        assertThat(told).hasSize(3);
        assertThat(told.get(2).subject()).isEqualTo("Your certificate for “Working with survivors of violence” expired on "
                + KyivTime.date(lastDay));
        assertThat(inbox.to(idOf(revoked), NoticeKind.CERTIFICATE_EXPIRING)).isEmpty();
    }

    @Test
    void hrReadsAMondayDigestOfItsOwnSubtreeOnly() {
        NoticeWorld world = new NoticeWorld(api, 1);
        Map<String, Object> done = holder(world, "Марія Сертифікована", "uk");
        Map<String, Object> late = NoticeTesting.person(api, world.admin, "Петро Запізнілий", world.hromada, "uk", "LEARNER");
        api.post(world.trainer, "/api/courses/" + world.course + "/enrollments", Map.of("userIds", List.of(late.get("id")),
                "dueAt", Instant.now().plusSeconds(300).toString()));
        outbox.deliverDue();
        assertThat(NoticeTesting.certificatesOf(api, (String) done.get("token"))).hasSize(1);
        UUID hr = NoticeTesting.idOf(api, world.hr);
        UUID otherHr = NoticeTesting.idOf(api, world.otherHr);
        LocalDate monday = KyivTime.day(Instant.now()).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        clock.setKyiv(monday, LocalTime.of(7, 59));
        assertThat(scans.sendHrDigests()).isZero();
        clock.setKyiv(monday, LocalTime.of(8, 30));
        scans.sendHrDigests();
        scans.sendHrDigests();
        clock.setKyiv(monday.plusDays(1), LocalTime.of(8, 30));
        assertThat(scans.sendHrDigests()).isZero();
        notifications.deliverDue();

        List<OutgoingMessage> digests = inbox.to(hr, NoticeKind.HR_DIGEST);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).subject()).startsWith("Тижневий підсумок навчання: ");
        assertThat(digests.get(0).text())
                .contains("Видано сертифікатів минулого тижня: 1 — Марія Сертифікована.")
                .contains("Прострочили термін навчання: 1 — Петро Запізнілий.")
                .contains("протягом 60 днів: 1 — Марія Сертифікована.");
        assertThat(digests.get(0).link()).isEqualTo("http://localhost:8080/hr/certificates");
        assertThat(api.exchange(Api.authorised(HttpRequest.GET("/hr/certificates"), world.hr)).code()).isEqualTo(200);
        assertThat(inbox.to(otherHr, NoticeKind.HR_DIGEST)).isEmpty();
    }
}
