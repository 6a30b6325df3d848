package ua.fakh.web.analytics;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.security.Caller;
import ua.fakh.core.testing.Api;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-built tree the coverage tests count, with answers known by hand:
 * <pre>
 * Область (UA05…, staff 200)
 * ├── Район А (district, staff 100)
 * │   ├── Громада А (rural, frontline since 2026-03-01, staff 30)
 * │   │   ├── Установа А (social services centre, staff 10): 7 trained in 2026 (a1…a6, a8), a7 only in 2025
 * │   │   └── Установа Б (children's service, staff 8): 2 trained (b1, b2)
 * │   └── Громада Б (town, de-occupied since 2025-11-01, staff 20)
 * │       ├── Установа В (social services centre): 7 trained (c1…c7)
 * │       └── 3 trained at the hromada itself (d1…d3)
 * ├── Район Б (district, UA0504…)
 * │   └── Громада Г (rural): Установа Д (NGO) — g1 trained in 2025 only
 * └── Громада В (city, UA0504… so in Район Б by its code, staff 50), filed straight under the oblast
 *     ├── Установа Г (territorial centre, staff 25): 9 trained (e1…e9)
 *     └── 1 trained at the hromada itself (f1)
 * </pre>
 * Course 1: 30 hours (1 ECTS), provider 1, tag "Ментальне здоров'я", cohort 1 (a5 only); course 2:
 * 6 hours (0.2 ECTS), provider 2. Facts and completion days are written straight to the tables (their
 * admin pages belong to other work, and a completion's day is the point of the test).
 */
public final class CoverageWorld {
    final Map<String, UUID> ids = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<String, String> emails = new HashMap<>();
    private final java.util.Map<String, String> codes = new java.util.HashMap<>();
    private final Api api;
    private final DataSource dataSource;
    private final String admin;

    public CoverageWorld(Api api, DataSource dataSource, AnalyticsScopes scopes) {
        this.api = api;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.admin = api.adminToken();
        organizations();
        courses();
        people();
        facts();
        completions();
        emails.put("hrOblast", person("hrOblast", "Кадровичка Області", "oblast", "HR"));
        emails.put("hrHromada", person("hrHromada", "Кадровик Громади", "hromadaA", "HR"));
        emails.put("analyst", person("analyst", "Аналітикиня Району", "oblast", "ANALYST"));
        scopes.setAnalystScope(ids.get("analyst"), ids.get("districtA"), Caller.system());
    }

    public UUID id(String key) {
        return ids.get(key);
    }

    public String name(String key) {
        return names.get(key);
    }

    /** The e-mail of hrOblast, hrHromada or analyst. */
    public String email(String person) {
        return emails.get(person);
    }

    private void organizations() {
        organization("oblast", "Область", "OBLAST", null);
        organization("districtA", "Район А", "DISTRICT", "oblast");
        organization("districtB", "Район Б", "DISTRICT", "oblast");
        organization("hromadaA", "Громада А", "HROMADA", "districtA");
        organization("hromadaB", "Громада Б", "HROMADA", "districtA");
        organization("hromadaC", "Громада В", "HROMADA", "oblast");
        organization("hromadaD", "Громада Г", "HROMADA", "districtB");
        organization("institutionA", "Установа А", "INSTITUTION", "hromadaA");
        organization("institutionB", "Установа Б", "INSTITUTION", "hromadaA");
        organization("institutionC", "Установа В", "INSTITUTION", "hromadaB");
        organization("institutionD", "Установа Г", "INSTITUTION", "hromadaC");
        organization("institutionE", "Установа Д", "INSTITUTION", "hromadaD");
        organization("provider1", "Провайдер 1", "PROVIDER", null);
        organization("provider2", "Провайдер 2", "PROVIDER", null);
    }

    private void courses() {
        String trainer1 = api.login(person("trainer1", "Тренерка Один", "provider1", "TRAINER"), Api.PASSWORD);
        String trainer2 = api.login(person("trainer2", "Тренер Два", "provider2", "TRAINER"), Api.PASSWORD);
        course("course1", trainer1, "provider1", 30, List.of("Ментальне здоров'я"));
        course("course2", trainer2, "provider2", 6, List.of("Ведення випадку"));
        ids.put("cohort1", Api.id(api.post(trainer1, "/api/courses/" + id("course1") + "/cohorts", Map.of("name", "Весна")).body()));
    }

    private void people() {
        for (String key : List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8")) {
            person(key, "Особа " + key.toUpperCase(), "institutionA", "LEARNER");
        }
        person("b1", "Особа B1", "institutionB", "LEARNER");
        person("b2", "Особа B2", "institutionB", "LEARNER");
        for (int i = 1; i <= 7; i++) {
            person("c" + i, "Особа C" + i, "institutionC", "LEARNER");
        }
        for (int i = 1; i <= 3; i++) {
            person("d" + i, "Особа D" + i, "hromadaB", "LEARNER");
        }
        for (int i = 1; i <= 9; i++) {
            person("e" + i, "Особа E" + i, "institutionD", "LEARNER");
        }
        person("f1", "Особа F1", "hromadaC", "LEARNER");
        person("g1", "Особа G1", "institutionE", "LEARNER");
        person("outsider", "Особа Поза Областю", "provider1", "LEARNER");
    }

    private void facts() {
        fact("oblast", "UA05000000000010236", null, null, null, null, 200);
        fact("districtA", "UA05020000000026686", null, null, null, null, 100);
        fact("districtB", "UA05040000000012345", null, null, null, null, null);
        fact("hromadaA", "UA05020010000012345", "RURAL", null, LocalDate.of(2026, 3, 1), null, 30);
        fact("hromadaB", "UA05020030000023456", "TOWN", null, null, LocalDate.of(2025, 11, 1), 20);
        fact("hromadaC", "UA05040010000053045", "CITY", null, null, null, 50);
        fact("hromadaD", "UA05040030000034567", "RURAL", null, null, null, null);
        fact("institutionA", null, null, "social_services_centre", null, null, 10);
        fact("institutionB", null, null, "children_service", null, null, 8);
        fact("institutionC", null, null, "social_services_centre", null, null, null);
        fact("institutionD", null, null, "territorial_centre", null, null, 25);
        fact("institutionE", null, null, "ngo", null, null, null);
    }

    private void completions() {
        complete("a1", "course1", "2026-02-10T10:00");
        complete("a2", "course1", "2026-02-20T10:00");
        complete("a2", "course2", "2026-04-01T10:00");
        complete("a3", "course1", "2026-03-01T00:10");
        complete("a4", "course2", "2026-05-05T10:00");
        complete("a5", "course1", "2026-06-01T10:00", "cohort1");
        complete("a6", "course2", "2026-02-28T23:50");
        complete("a7", "course1", "2025-12-31T23:30");
        complete("a8", "course1", "2026-01-01T00:30");
        complete("b1", "course2", "2026-03-10T10:00");
        complete("b2", "course1", "2026-07-01T10:00");
        for (int i = 1; i <= 7; i++) {
            complete("c" + i, "course1", "2026-0" + i + "-15T12:00");
        }
        for (int i = 1; i <= 3; i++) {
            complete("d" + i, "course2", "2026-09-0" + i + "T12:00");
        }
        for (int i = 1; i <= 9; i++) {
            complete("e" + i, "course1", "2026-10-0" + i + "T12:00");
        }
        complete("f1", "course2", "2026-11-11T12:00");
        complete("g1", "course1", "2025-06-01T12:00");
        complete("outsider", "course1", "2026-05-05T12:00");
    }

    private void organization(String key, String name, String kind, String parent) {
        String unique = Api.unique(name);
        names.put(key, unique);
        ids.put(key, Api.id(api.createOrganization(admin, unique, kind, parent == null ? null : id(parent))));
    }

    private String person(String key, String fullName, String organization, String role) {
        Map<String, Object> user = api.createUser(admin, fullName, id(organization), role);
        ids.put(key, Api.id(user));
        names.put(key, fullName);
        return (String) user.get("email");
    }

    private void course(String key, String trainer, String provider, int hours, List<String> tags) {
        UUID course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Курс " + key), "summary", "Курс",
                "hours", hours, "outcomes", List.of("Знає"), "language", "uk", "providerId", id(provider).toString(),
                "tags", tags)).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        ids.put(key, course);
    }

    /**
     * The code the world gave {@code key}: the one written in the world with its last five digits (the
     * codifier's own serial number) drawn anew, since oblast, district and hromada codes are unique and
     * several worlds share a database on PostgreSQL.
     */
    String katottg(String key) {
        return codes.get(key);
    }

    private void fact(String key, String written, String hromadaKind, String institutionKind, LocalDate frontline,
                      LocalDate deoccupied, Integer headcount) {
        String katottg = written == null ? null
                : written.substring(0, 14) + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
        if (katottg != null) {
            codes.put(key, katottg);
        }
        update("UPDATE organizations SET katottg = ?, hromada_kind = ?, institution_kind = ?, frontline_since = ?, "
                + "deoccupied_since = ?, staff_headcount = ? WHERE id = ?", katottg, hromadaKind, institutionKind, frontline,
                deoccupied, headcount, id(key));
    }

    /** A completion at a Kyiv wall-clock time. */
    private void complete(String person, String course, String kyivTime, String... cohort) {
        OffsetDateTime at = LocalDateTime.parse(kyivTime).atZone(KyivTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        update("INSERT INTO enrollments (id, course_id, user_id, status, enrolled_at, completed_at, cohort_id) "
                + "VALUES (?, ?, ?, 'COMPLETED', ?, ?, ?)", UUID.randomUUID(), id(course), id(person), at.minusDays(7), at,
                cohort.length == 0 ? null : id(cohort[0]));
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
