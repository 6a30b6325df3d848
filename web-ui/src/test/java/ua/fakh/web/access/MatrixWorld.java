package ua.fakh.web.access;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the access matrix needs, built through the real API as people would: an organization
 * tree with two subtrees under one oblast and a training provider; a course A (published, with a
 * lesson, a pre-test, a question, a material, a cohort with a session) that the learner and the
 * other learner attend, the learner with an attempt in progress and a certificate; a course B of
 * another trainer; a draft; spare courses, lessons, sections and materials for the calls that
 * delete or archive; an analyst whose scope is the whole installation; and the personas' credentials,
 * taken before three of them stop being valid.
 * Values the matrix refers to as {@code ${name}} are in {@link #values}.
 */
final class MatrixWorld {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

    final Map<String, String> values = new HashMap<>();
    final Map<Persona, Credentials> credentials = new EnumMap<>(Persona.class);
    /** Who each signed-in persona is, to give it a session of its own for the calls that may end one. */
    final Map<Persona, String> emails = new EnumMap<>(Persona.class);
    final Map<String, MatrixClient.Sample> samples = new HashMap<>();

    private final Api api;
    private final MatrixClient pages;
    private final String admin;

    /** {@code deliverEvents} runs the outbox once (the course-completed event issues the certificate). */
    MatrixWorld(Api api, MatrixClient pages, Runnable deliverEvents) {
        this.api = api;
        this.pages = pages;
        admin = api.adminToken();
        samples.put("pdf", new MatrixClient.Sample("notes.pdf", "application/pdf", LearnWorld.pdf()));
        samples.put("png", new MatrixClient.Sample("logo.png", "image/png", png()));
        samples.put("p12", new MatrixClient.Sample("key.p12", "application/x-pkcs12", "not a key store".getBytes(StandardCharsets.US_ASCII)));

        UUID provider = put("provider", Api.id(check(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр навчання"),
                "kind", "PROVIDER", "edrpou", Api.newEdrpou())))));
        UUID oblast = put("oblast", organization("Область", "OBLAST", null));
        UUID hromada1 = put("hromada1", organization("Громада", "HROMADA", oblast));
        UUID institution1 = put("institution1", organization("Центр соціальних служб", "INSTITUTION", hromada1));
        UUID hromada2 = put("hromada2", organization("Інша громада", "HROMADA", oblast));
        put("institution2", organization("Інший центр", "INSTITUTION", hromada2));
        put("spareOrganization", organization("Запасна установа", "INSTITUTION", hromada1));

        person(Persona.LEARNER, "learner", "Ірина Слухачка", institution1, "LEARNER");
        person(Persona.OTHER_LEARNER, "otherLearner", "Олег Слухач", institution1, "LEARNER");
        person(Persona.TRAINER, "trainer", "Оксана Тренерка", provider, "TRAINER");
        person(Persona.OTHER_TRAINER, "otherTrainer", "Петро Тренер", provider, "TRAINER");
        person(Persona.HR, "hr", "Ганна Кадровичка", hromada1, "HR");
        person(Persona.OTHER_HR, "otherHr", "Марта Кадровичка", hromada2, "HR");
        UUID analyst = person(Persona.ANALYST, "analyst", "Аліна Аналітикиня", provider, "ANALYST");
        check(api.put(admin, "/api/users/" + analyst + "/analyst-scope", Map.of("wholeInstallation", true)));
        UUID demoted = person(Persona.DEMOTED, "demoted", "Віктор Колишній Тренер", provider, "TRAINER");
        UUID disabled = person(Persona.DISABLED, "disabled", "Адміністратор Звільнений", provider, "ADMIN");
        person(Persona.SIGNED_OUT, "signedOut", "Адміністратор Що Вийшов", provider, "ADMIN");
        put("victim", Api.id(api.createUser(admin, "Особа Для Змін", institution1, "LEARNER")));
        Map<String, Object> spare = api.createUser(admin, "Запасна Слухачка", institution1, "LEARNER");
        put("spareLearner", Api.id(spare));
        values.put("spareEmail", (String) spare.get("email"));
        values.put("password", Api.PASSWORD);
        emails.put(Persona.ADMIN, Api.ADMIN_EMAIL);
        values.put("admin", check(api.get(admin, "/api/me")).get("id").toString());

        String trainerToken = api.login(emails.get(Persona.TRAINER), Api.PASSWORD);
        String otherTrainerToken = api.login(emails.get(Persona.OTHER_TRAINER), Api.PASSWORD);
        buildCourseA(trainerToken, demoted);
        put("otherCourse", publishedCourse(otherTrainerToken, null, "Курс іншого тренера"));
        buildDraft(trainerToken, demoted);
        put("spareCourse", publishedCourse(trainerToken, demoted, "Запасний курс"));
        put("archivable", publishedCourse(trainerToken, demoted, "Курс в архів"));

        String learnerToken = api.login(emails.get(Persona.LEARNER), Api.PASSWORD);
        String otherLearnerToken = api.login(emails.get(Persona.OTHER_LEARNER), Api.PASSWORD);
        put("enrollment", Api.id(check(api.post(learnerToken, "/api/courses/" + values.get("course") + "/enrollments", Map.of()))));
        put("otherEnrollment", Api.id(check(api.post(otherLearnerToken, "/api/courses/" + values.get("course") + "/enrollments", Map.of()))));
        put("spareEnrollment", Api.id(check(api.post(learnerToken, "/api/courses/" + values.get("spareCourse") + "/enrollments", Map.of()))));
        put("otherSpareEnrollment", Api.id(check(api.post(otherLearnerToken, "/api/courses/" + values.get("spareCourse") + "/enrollments", Map.of()))));
        buildOnlineSession(trainerToken, demoted); // issue16 meetings
        Map<String, Object> attempt = check(api.post(learnerToken, "/api/lessons/" + values.get("quiz") + "/attempts", Map.of()));
        put("attempt", Api.id(attempt));
        @SuppressWarnings("unchecked")
        Map<String, Object> asked = ((List<Map<String, Object>>) attempt.get("questions")).get(0);
        values.put("attemptQuestion", asked.get("id").toString());
        issueCertificate(learnerToken, deliverEvents);
        samples.put("package", new MatrixClient.Sample("course.zip", "application/zip", api.http().retrieve(
                Api.authorised(HttpRequest.GET("/api/courses/" + values.get("course") + "/export"), trainerToken), byte[].class)));

        values.put("mail", keptMail()); // issue13 email

        signEveryoneIn();
        check(api.put(admin, "/api/users/" + demoted, Map.of("roles", List.of("LEARNER"))));
        check(api.post(admin, "/api/users/" + disabled + "/disable", Map.of()));
        emails.put(Persona.DEMOTED_NEW, emails.get(Persona.DEMOTED));
        credentials.put(Persona.DEMOTED_NEW, signIn(Persona.DEMOTED_NEW));
        emails.remove(Persona.DEMOTED);
        emails.remove(Persona.DISABLED);
        emails.remove(Persona.SIGNED_OUT);
    }

    /** {@code text} with every {@code ${name}} replaced; {@code ${unique}} is new each time. */
    String fill(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("unique") ? UUID.randomUUID().toString().substring(0, 8) : values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("The world has no value '" + name + "' (in " + text + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A new session of a signed-in persona (a browser's or a token), for a call that may end it. */
    Credentials freshSession(Persona persona, boolean browser) {
        String email = emails.get(persona);
        if (email == null) {
            return credentials.get(persona); // anonymous, or credentials that must stay as they were
        }
        return browser ? pages.signIn(email, password(persona)) : new Credentials(api.login(email, password(persona)), Map.of(), null);
    }

    private void buildCourseA(String trainer, UUID demoted) {
        UUID course = put("course", Api.id(check(api.post(trainer, "/api/courses", course("Ведення випадку", demoted, "OPEN")))));
        UUID section = put("section", Api.id(check(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")))));
        put("lesson", lesson(trainer, section, "Що таке ведення випадку"));
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import",
                "$CATEGORY: Вхідний\n\n::Q1::План складають разом з отримувачем. {T}\n").contentType(MediaType.TEXT_PLAIN_TYPE), trainer)));
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/questions"), trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        values.put("question", bank.get(0).get("id").toString());
        put("quiz", Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Вхідний тест",
                "type", "content_quiz", "content", Map.of("category", "Вхідний", "randomCount", 1, "role", "PRE_TEST",
                        "passingScorePercent", 50))))));
        UUID material = put("material", upload(trainer, course));
        check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Посібник", "type", "content_file",
                "content", Map.of("materialId", material.toString()), "required", false)));
        Map<String, Object> cohort = check(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група 1")));
        put("cohort", Api.id(cohort));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) check(api.post(trainer, "/api/cohorts/" + Api.id(cohort) + "/sessions",
                Map.of("title", "Зустріч", "startsAt", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "hours", 2))).get("sessions");
        values.put("session", sessions.get(0).get("id").toString());
        check(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()));
    }

    /**
     * A course of its own with a cohort the learner is a member of and an online session (a meeting link):
     * the join route, check-ins and the host's pages answer its members and trainers. Its own course, so
     * no other row's withdrawal takes the learner out of the cohort.
     */
    @SuppressWarnings("unchecked")
    private void buildOnlineSession(String trainer, UUID demoted) {
        UUID course = put("meetingCourse", publishedCourse(trainer, demoted, "Онлайн-семінар"));
        UUID cohort = Api.id(check(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Онлайн-група"))));
        check(api.post(trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(values.get("learner")),
                "cohortId", cohort.toString())));
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) check(api.post(trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", "Вебінар", "startsAt", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "hours", 2, "mode", "ONLINE",
                        "meetingProvider", "meeting_link", "meetingUrl", "https://meet.example.org/fakh-matrix"))).get("sessions");
        values.put("onlineSession", sessions.get(0).get("id").toString());
    }

    private void buildDraft(String trainer, UUID demoted) {
        UUID draft = put("draft", Api.id(check(api.post(trainer, "/api/courses", course("Чернетка курсу", demoted, "OPEN")))));
        UUID section = put("draftSection", section(trainer, draft, "Розділ чернетки"));
        put("draftLesson", lesson(trainer, section, "Урок чернетки"));
        for (String use : List.of("Api", "Page")) {
            put("lessonToDelete" + use, lesson(trainer, section, "Урок на видалення"));
            put("sectionToDelete" + use, section(trainer, draft, "Розділ на видалення"));
            put("materialToDelete" + use, upload(trainer, draft));
        }
    }

    private UUID publishedCourse(String trainer, UUID alsoTrainer, String title) {
        UUID id = Api.id(check(api.post(trainer, "/api/courses", course(title, alsoTrainer, "OPEN"))));
        lesson(trainer, section(trainer, id, "Розділ"), "Урок");
        check(api.post(trainer, "/api/courses/" + id + "/publish", Map.of()));
        return id;
    }

    /** The learner opens the course's one required lesson (the pre-test holds nothing up), and the certificate follows. */
    private void issueCertificate(String learnerToken, Runnable deliverEvents) {
        check(api.get(learnerToken, "/api/lessons/" + values.get("lesson")));
        deliverEvents.run();
        List<Map<String, Object>> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learnerToken),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        if (mine.isEmpty()) {
            throw new AssertionError("No certificate was issued to the learner");
        }
        values.put("certificate", mine.get(0).get("id").toString());
        values.put("code", mine.get(0).get("code").toString());
    }

    /**
     * Signs every persona in on the API and the pages; then the signed-out administrator signs out
     * of both, keeping what it held (so its token and cookie are the ones a thief would replay).
     */
    private void signEveryoneIn() {
        Credentials browser = pages.anonymousBrowser();
        credentials.put(Persona.ANONYMOUS, browser);
        for (Persona persona : Persona.values()) {
            if (persona != Persona.ANONYMOUS && persona != Persona.DEMOTED_NEW) {
                credentials.put(persona, signIn(persona));
            }
        }
        Credentials signedOut = credentials.get(Persona.SIGNED_OUT);
        Map<?, ?> tokens = api.http().retrieve(HttpRequest.POST("/login", Map.of("username", emails.get(Persona.SIGNED_OUT),
                "password", Api.PASSWORD)), Map.class);
        String access = (String) tokens.get("access_token");
        HttpResponse<Map<String, Object>> out = api.exchange(Api.authorised(HttpRequest.POST("/logout",
                Map.of("refresh_token", tokens.get("refresh_token"))), access));
        if (out.code() >= 300) {
            throw new AssertionError("POST /logout answered " + out.code());
        }
        pages.signOut(signedOut);
        credentials.put(Persona.SIGNED_OUT, new Credentials(access, signedOut.cookies(), signedOut.csrf()));
    }

    private Credentials signIn(Persona persona) {
        String email = emails.get(persona);
        Credentials browser = pages.signIn(email, password(persona));
        return new Credentials(api.login(email, password(persona)), browser.cookies(), browser.csrf());
    }

    private static String password(Persona persona) {
        return persona == Persona.ADMIN ? Api.ADMIN_PASSWORD : Api.PASSWORD;
    }

    /** A user who has set {@link Api#PASSWORD} as their own (as {@link Api#createUser} leaves them). */
    private UUID person(Persona persona, String key, String fullName, UUID organization, String role) {
        Map<String, Object> user = api.createUser(admin, fullName, organization, role);
        emails.put(persona, (String) user.get("email"));
        return put(key, Api.id(user));
    }

    private UUID organization(String name, String kind, UUID parent) {
        return Api.id(api.createOrganization(admin, Api.unique(name), kind, parent));
    }

    private Map<String, Object> course(String title, UUID alsoTrainer, String policy) {
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique(title), "summary", "Курс для перевірки доступу",
                "hours", 8, "outcomes", List.of("Складає план допомоги"), "language", "uk",
                "providerId", values.get("provider"), "enrollmentPolicy", policy));
        if (alsoTrainer != null) {
            body.put("trainerIds", List.of(alsoTrainer.toString()));
        }
        return body;
    }

    private UUID section(String trainer, UUID course, String title) {
        return Api.id(check(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", title))));
    }

    private UUID lesson(String trainer, UUID section, String title) {
        return Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", title,
                "type", "content_markdown", "content", Map.of("markdown", "Зміст уроку")))));
    }

    private UUID upload(String trainer, UUID course) {
        MultipartBody body = MultipartBody.builder().addPart("file", "notes.pdf", MediaType.APPLICATION_PDF_TYPE, LearnWorld.pdf()).build();
        return Api.id(check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/materials", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), trainer))));
    }

    /**
     * issue13 email: the newest message the installation kept instead of sending (the people created
     * above were invited), or an unknown id while nothing sends mail: a 404 still says who was let through.
     */
    private String keptMail() {
        List<?> kept = (List<?>) check(api.get(admin, "/api/admin/mail?size=1")).get("content");
        return kept.isEmpty() ? UUID.randomUUID().toString() : ((Map<?, ?>) kept.get(0)).get("id").toString();
    }

    private UUID put(String key, UUID id) {
        values.put(key, id.toString());
        return id;
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("The world could not be built: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }

    /** A 1×1 PNG. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }
}
