package ua.fakh.core.users;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.testing.Api;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations and password recovery end to end: through the queue and the e-mail channel to a real SMTP server (GreenMail). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class AccountMailIT implements TestPropertyProvider {
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/password/(set|reset)/([A-Za-z0-9_-]{43})");
    private static final String CHOSEN = "a-password-of-my-own";

    private final GreenMail smtp = started();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Notifications notifications;

    Api api;
    String admin;
    UUID organization;

    private static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.mail.host", "127.0.0.1", "fakh.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "fakh.mail.tls", "none", "fakh.mail.from", "Фах <no-reply@fakh.example>");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
    }

    @Test
    void invitationsArriveOnceInTheRecipientsLanguageAndTheirLinkLetsThePersonIn() throws Exception {
        String ukrainian = invite("uk", "Олена Запрошена");
        String english = invite("en", "Olena Invited");
        notifications.deliverDue();
        notifications.deliverDue();

        MimeMessage uk = only(ukrainian);
        MimeMessage en = only(english);
        assertThat(uk.getHeader("Subject")[0]).startsWith("=?").containsIgnoringCase("utf-8");
        assertThat(uk.getSubject()).isEqualTo("Запрошення до Fakh");
        assertThat(en.getSubject()).isEqualTo("You are invited to Fakh");
        assertThat(text(uk)).contains("Вітаємо, Олена Запрошена!", "7 днів");
        assertThat(text(en)).contains("Hello, Olena Invited!", "7 days");

        Matcher link = link(uk);
        assertThat(link.group(1)).isEqualTo("set");
        assertThat(choose(link.group(2)).code()).isEqualTo(204);
        assertThat(api.login(ukrainian, CHOSEN)).isNotBlank();
        assertThat(choose(link.group(2)).code()).as("a link works once").isEqualTo(410);
    }

    @Test
    void forgotThenResetEndsTheOldSessionsAndTellsThePerson() throws Exception {
        String email = (String) api.createUser(admin, "Забудькувата Особа", organization, "LEARNER").get("email");
        String oldSession = api.login(email, Api.PASSWORD);

        assertThat(api.exchange(HttpRequest.POST("/api/password/forgot", Map.of("email", email))).code()).isEqualTo(202);
        notifications.deliverDue();
        Matcher link = link(only(email));
        assertThat(link.group(1)).isEqualTo("reset");
        assertThat(choose(link.group(2)).code()).isEqualTo(204);
        notifications.deliverDue();

        assertThat(api.get(oldSession, "/api/me").code()).isEqualTo(401);
        assertThat(api.login(email, CHOSEN)).isNotBlank();
        List<MimeMessage> both = receivedBy(email);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getSubject()).isEqualTo("Ваш пароль у Fakh змінено");
        assertThat(text(both.get(1))).contains("/password/forgot");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = Api.unique("nobody") + "@test.fakh";
        assertThat(api.exchange(HttpRequest.POST("/api/password/forgot", Map.of("email", nobody))).code()).isEqualTo(202);
        notifications.deliverDue();
        assertThat(receivedBy(nobody)).isEmpty();
    }

    private String invite(String locale, String name) {
        String email = Api.unique("invited") + "@test.fakh";
        assertThat(api.post(admin, "/api/users", Map.of("email", email, "fullName", name, "locale", locale,
                "organizationId", organization.toString(), "roles", List.of("LEARNER"))).code()).isEqualTo(201);
        return email;
    }

    private HttpResponseCode choose(String token) {
        return new HttpResponseCode(api.exchange(HttpRequest.POST("/api/password/reset", Map.of("token", token, "password", CHOSEN))).code());
    }

    private record HttpResponseCode(int code) {
    }

    private MimeMessage only(String email) {
        List<MimeMessage> received = receivedBy(email);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isFor(m, email)).toList();
    }

    private static boolean isFor(MimeMessage message, String email) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Matcher link(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(text(message));
        assertThat(link.find()).as("the message carries a link").isTrue();
        return link;
    }

    /** The plain-text part, decoded. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder found = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.append(text(multipart.getBodyPart(i)));
            }
            return found.toString();
        }
        return "";
    }
}
