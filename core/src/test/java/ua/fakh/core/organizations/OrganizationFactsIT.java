package ua.fakh.core.organizations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.KatottgCodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators give organizations the facts reports group by; a code of the wrong level or place is refused by field. */
@MicronautTest(transactional = false)
class OrganizationFactsIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    String oblastCode;
    UUID oblast;
    String districtCode;
    UUID district;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        oblastCode = KatottgCodes.oblast("05");
        oblast = created(org("OBLAST", "Вінницька область", null, Map.of("katottg", oblastCode)));
        districtCode = KatottgCodes.district(oblastCode);
        district = created(org("DISTRICT", "Вінницький район", oblast, Map.of("katottg", districtCode)));
    }

    @Test
    void aTreeWithCodesAtEveryLevelKeepsEveryFact() {
        String hromadaCode = KatottgCodes.hromada(districtCode);
        HttpResponse<Map<String, Object>> hromada = post(org("HROMADA", "Вінницька міська громада", district, Map.of(
                "katottg", hromadaCode.toLowerCase(), "hromadaKind", "CITY", "frontlineSince", "2022-02-24",
                "deoccupiedSince", "2022-11-11", "staffHeadcount", 120)));
        assertThat(hromada.code()).isEqualTo(201);
        String settlementCode = KatottgCodes.settlement(hromadaCode);
        HttpResponse<Map<String, Object>> institution = post(org("INSTITUTION", "Центр соціальних служб", Api.id(hromada.body()),
                Map.of("katottg", settlementCode, "institutionKind", "social_services_centre", "staffHeadcount", 0)));

        assertThat(institution.code()).isEqualTo(201);
        Map<String, Object> read = api.get(admin, "/api/organizations/" + Api.id(hromada.body())).body();
        assertThat(read).containsEntry("katottg", hromadaCode).containsEntry("hromadaKind", "CITY")
                .containsEntry("frontlineSince", "2022-02-24").containsEntry("deoccupiedSince", "2022-11-11")
                .containsEntry("staffHeadcount", 120).containsEntry("kind", "HROMADA").containsEntry("parentId", district.toString());
        assertThat(institution.body()).containsEntry("katottg", settlementCode).containsEntry("institutionKind", "social_services_centre")
                .containsEntry("staffHeadcount", 0);
    }

    @Test
    void aHromadaMaySitStraightUnderItsOblastAndAnInstitutionMayHaveItsHromadasCode() {
        String hromadaCode = KatottgCodes.hromada(KatottgCodes.district(oblastCode));
        UUID hromada = created(org("HROMADA", "Громада", oblast, Map.of("katottg", hromadaCode, "hromadaKind", "RURAL")));

        assertThat(post(org("INSTITUTION", "Сільська рада", hromada, Map.of("katottg", hromadaCode))).code()).isEqualTo(201);
    }

    @Test
    void aCodeOfTheWrongLevelIsRefusedForEachKind() {
        String hromadaCode = KatottgCodes.hromada(districtCode);
        assertRefused(org("OBLAST", "Область", null, Map.of("katottg", districtCode)), "katottg", "має бути кодом області");
        assertRefused(org("DISTRICT", "Район", oblast, Map.of("katottg", hromadaCode)), "katottg", "має бути кодом району");
        assertRefused(org("HROMADA", "Громада", district, Map.of("katottg", oblastCode)), "katottg", "має бути кодом громади");
        assertRefused(org("INSTITUTION", "Установа", district, Map.of("katottg", districtCode)), "katottg",
                "має бути кодом громади, населеного пункту чи району в місті");
        assertRefused(org("PROVIDER", "Центр", null, Map.of("katottg", hromadaCode)), "katottg", "не мають коду КАТОТТГ");
        assertRefused(org("HROMADA", "Громада", district, Map.of("katottg", "UA9902003000003145")), "katottg", "UA і 17 цифр");
        assertRefused(org("HROMADA", "Громада", district, Map.of("katottg", "UA99020030000031457")), "katottg", "перші дві — код області");
    }

    @Test
    void kyivsDistrictsAndTheirInstitutionsTakeTheCodesTheCodifierGivesThem() {
        // Kyiv has no raions: its districts are city districts (digits 13-14), and stand where raions stand
        String kyivCode = KatottgCodes.oblast("80");
        UUID kyiv = created(org("OBLAST", "Київ", null, Map.of("katottg", kyivCode)));
        String holosiivskyiCode = KatottgCodes.oblast("80").substring(0, 12) + "01" + kyivCode.substring(14);
        UUID holosiivskyi = created(org("DISTRICT", "Голосіївський район", kyiv, Map.of("katottg", holosiivskyiCode)));

        assertThat(post(org("INSTITUTION", "Центр соціальних служб", holosiivskyi, Map.of("katottg", holosiivskyiCode))).code())
                .isEqualTo(201);
        assertRefused(org("DISTRICT", "Район", kyiv, Map.of("katottg", KatottgCodes.oblast("85"))), "katottg", "Київ");
    }

    @Test
    void aCodeOutsideTheCodesAboveIsRefusedNamingThem() {
        String elsewhere = KatottgCodes.hromada(KatottgCodes.district(KatottgCodes.oblast("53")));
        String otherDistrict = KatottgCodes.hromada(KatottgCodes.district(oblastCode));
        assertRefused(org("HROMADA", "Громада", oblast, Map.of("katottg", elsewhere)), "katottg", "Вінницька область");
        assertRefused(org("HROMADA", "Громада", district, Map.of("katottg", otherDistrict.substring(0, 4) + "00" + otherDistrict.substring(6))),
                "katottg", "Вінницький район");
        String hromadaCode = KatottgCodes.hromada(districtCode);
        UUID hromada = created(org("HROMADA", "Громада", district, Map.of("katottg", hromadaCode)));
        String otherHromada = hromadaCode.substring(0, 6) + (hromadaCode.startsWith("001", 6) ? "002" : "001") + hromadaCode.substring(9);
        String otherHromadasSettlement = KatottgCodes.settlement(otherHromada);
        assertRefused(org("INSTITUTION", "Установа", hromada, Map.of("katottg", otherHromadasSettlement)), "katottg", hromadaCode);
    }

    @Test
    void anOblastDistrictOrHromadaCodeIsOnlyOnesWhileInstitutionsShareTheirSettlements() {
        String hromadaCode = KatottgCodes.hromada(districtCode);
        UUID hromada = created(org("HROMADA", "Громада", district, Map.of("katottg", hromadaCode)));
        HttpResponse<Map<String, Object>> twin = post(org("HROMADA", "Двійник", district, Map.of("katottg", hromadaCode)));
        String settlement = KatottgCodes.settlement(hromadaCode);

        assertThat(twin.code()).isEqualTo(422);
        assertThat(Api.body(twin).get("errors").toString()).contains("katottg", "інша область, район чи громада вже має цей код");
        assertThat(post(org("INSTITUTION", "Центр", hromada, Map.of("katottg", settlement))).code()).isEqualTo(201);
        assertThat(post(org("INSTITUTION", "Служба у справах дітей", hromada, Map.of("katottg", settlement))).code()).isEqualTo(201);
    }

    @Test
    void tenHromadasGivenOneCodeAtOnceLeaveOneWithIt() throws Exception {
        String hromadaCode = KatottgCodes.hromada(districtCode);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> codes = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> post(org("HROMADA", "Громада", district, Map.of("katottg", hromadaCode))).code());
            }
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                codes.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(codes).containsOnly(201, 422).filteredOn(c -> c == 201).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFactOfTheWrongKindIsRefusedAtOnceByField() {
        HttpResponse<Map<String, Object>> institution = post(org("INSTITUTION", "Установа", district, Map.of("katottg", "UA05",
                "hromadaKind", "TOWN", "institutionKind", "no_such_kind", "frontlineSince", "2022-02-24", "deoccupiedSince", "2022-11-11")));
        HttpResponse<Map<String, Object>> provider = post(org("PROVIDER", "Центр", null, Map.of("staffHeadcount", 5,
                "institutionKind", "ngo", "hromadaKind", "RURAL")));
        HttpResponse<Map<String, Object>> hromada = post(org("HROMADA", "Громада", district, Map.of("staffHeadcount", -1,
                "frontlineSince", "2013-12-31", "deoccupiedSince", "2999-01-01")));

        assertThat(institution.code()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) Api.body(institution).get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("katottg", "hromadaKind", "institutionKind", "frontlineSince", "deoccupiedSince");
        assertThat(Api.body(institution).get("errors").toString()).contains("такого типу установи немає", "це буває лише в громад");
        assertThat((List<Map<String, Object>>) Api.body(provider).get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("staffHeadcount", "institutionKind", "hromadaKind");
        assertThat((List<Map<String, Object>>) Api.body(hromada).get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("staffHeadcount", "frontlineSince", "deoccupiedSince");
        assertThat(Api.body(hromada).get("errors").toString()).contains("не раніше 01.01.2014", "не може бути в майбутньому");
    }

    @Test
    void changingACodeSoThatCodesBelowFallOutsideIsRefused() {
        String hromadaCode = KatottgCodes.hromada(districtCode);
        created(org("HROMADA", "Громада", district, Map.of("katottg", hromadaCode)));

        HttpResponse<Map<String, Object>> recoded = api.put(admin, "/api/organizations/" + district,
                org("DISTRICT", "Вінницький район", oblast, Map.of("katottg", otherDistrict(districtCode))));

        assertThat(recoded.code()).isEqualTo(400);
        assertThat(Api.body(recoded).get("errors").toString()).contains("katottg", "Громада", hromadaCode);
        assertThat(api.get(admin, "/api/organizations/" + district).body()).containsEntry("katottg", districtCode);
    }

    @Test
    void aMoveThatWouldPutACodeInAnotherOblastIsRefused() {
        UUID otherOblast = created(org("OBLAST", "Полтавська область", null, Map.of("katottg", KatottgCodes.oblast("53"))));
        UUID hromada = created(org("HROMADA", "Громада", district, Map.of("katottg", KatottgCodes.hromada(districtCode))));
        UUID codelessDistrict = created(org("DISTRICT", "Район без коду", oblast, Map.of()));
        UUID below = created(org("HROMADA", "Громада нижче", codelessDistrict, Map.of("katottg", KatottgCodes.hromada(districtCode))));

        HttpResponse<Map<String, Object>> moved = api.post(admin, "/api/organizations/" + hromada + "/move", Map.of("parentId", otherOblast.toString()));
        HttpResponse<Map<String, Object>> districtMoved = api.post(admin, "/api/organizations/" + codelessDistrict + "/move",
                Map.of("parentId", otherOblast.toString()));
        HttpResponse<Map<String, Object>> withinOblast = api.post(admin, "/api/organizations/" + hromada + "/move", Map.of("parentId", oblast.toString()));

        assertThat(moved.code()).isEqualTo(400);
        assertThat(Api.body(moved).get("errors").toString()).contains("parentId", "Полтавська область");
        assertThat(districtMoved.code()).isEqualTo(400);
        assertThat(Api.body(districtMoved).get("errors").toString()).contains("parentId", "Громада нижче");
        assertThat(withinOblast.code()).isEqualTo(200);
        assertThat(api.get(admin, "/api/organizations/" + below).body()).containsEntry("parentId", codelessDistrict.toString());
    }

    @Test
    void aPutWithoutFactsClearsThem() {
        UUID hromada = created(org("HROMADA", "Громада", district, Map.of("katottg", KatottgCodes.hromada(districtCode),
                "hromadaKind", "TOWN", "staffHeadcount", 7)));

        HttpResponse<Map<String, Object>> cleared = api.put(admin, "/api/organizations/" + hromada, Map.of("name", "Громада", "kind", "HROMADA"));

        assertThat(cleared.code()).isEqualTo(200);
        assertThat(cleared.body()).containsEntry("katottg", null).containsEntry("hromadaKind", null).containsEntry("staffHeadcount", null);
    }

    /** A district code of the same oblast with other raion digits. */
    private static String otherDistrict(String code) {
        return code.substring(0, 4) + (code.startsWith("01", 4) ? "02" : "01") + code.substring(6);
    }

    @Test
    void peopleAreImportedIntoADistrictByItsCode() {
        String code = Api.unique("VINR");
        assertThat(api.put(admin, "/api/organizations/" + district, org("DISTRICT", "Вінницький район", oblast,
                Map.of("katottg", districtCode, "code", code))).code()).isEqualTo(200);
        String email = Api.unique("district") + "@test.fakh";

        HttpResponse<Map<String, Object>> imported = api.exchange(Api.authorised(HttpRequest.POST("/api/users/import",
                "email,fullName,organization,roles\n" + email + ",Оксана Районна," + code + ",LEARNER\n")
                .contentType(MediaType.of("text/csv")), admin));

        assertThat(imported.code()).isEqualTo(200);
        assertThat(imported.body()).containsEntry("created", 1);
    }

    private Map<String, Object> org(String kind, String name, UUID parent, Map<String, Object> facts) {
        Map<String, Object> body = new HashMap<>(facts);
        body.put("kind", kind);
        body.put("name", Api.unique(name));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return body;
    }

    private HttpResponse<Map<String, Object>> post(Map<String, Object> body) {
        return api.post(admin, "/api/organizations", body);
    }

    private UUID created(Map<String, Object> body) {
        HttpResponse<Map<String, Object>> response = post(body);
        assertThat(response.code()).as("%s", Api.body(response)).isEqualTo(201);
        return Api.id(response.body());
    }

    private void assertRefused(Map<String, Object> body, String field, String words) {
        HttpResponse<Map<String, Object>> refused = post(body);
        assertThat(refused.code()).as("%s", body).isEqualTo(400);
        assertThat(Api.body(refused).get("errors").toString()).as("%s", body).contains(field, words);
    }
}
