package ua.fakh.core.organizations.internal;

import org.junit.jupiter.api.Test;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceResolverTest {
    private final List<PlaceFacts> rows = new ArrayList<>();
    private final Map<String, PlaceFacts> byName = new HashMap<>();
    private final Map<String, Place.InstitutionKind> kinds = Map.of("ngo", new Place.InstitutionKind("ngo", "ГО", "NGO"));

    @Test
    void aPersonOfANestedUnitBelongsToTheOutermostInstitutionItsHromadaDistrictAndOblast() {
        add("oblast", OrganizationKind.OBLAST, null, "UA05000000000010236", null, null, null, 500);
        add("district", OrganizationKind.DISTRICT, "oblast", "UA05020000000026686", null, null, null, 100);
        add("hromada", OrganizationKind.HROMADA, "district", "UA05020010000012345", "RURAL", null, LocalDate.of(2026, 3, 1), 30);
        add("centre", OrganizationKind.INSTITUTION, "hromada", null, null, "ngo", null, 10);
        add("department", OrganizationKind.INSTITUTION, "centre", null, null, null, null, null);

        Place place = places().get(byName.get("department").id());

        assertThat(place.oblast().name()).isEqualTo("oblast");
        assertThat(place.district().name()).isEqualTo("district");
        assertThat(place.hromada().headcount()).isEqualTo(30);
        assertThat(place.institution().name()).isEqualTo("centre");
        assertThat(place.hromadaKind()).isEqualTo("RURAL");
        assertThat(place.institutionKind().nameEn()).isEqualTo("NGO");
        assertThat(place.frontlineSince()).as("inherited from the hromada").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(place.lineage()).containsExactly(id("oblast"), id("district"), id("hromada"), id("centre"), id("department"));
        assertThat(place.within(id("hromada"))).isTrue();
        assertThat(place.within(id("department"))).isTrue();
    }

    @Test
    void aHromadaFiledUnderItsOblastGetsTheDistrictOfItsCodeFromTheSameOblastOnly() {
        add("oblast", OrganizationKind.OBLAST, null, "UA05000000000010236", null, null, null, null);
        add("other oblast", OrganizationKind.OBLAST, null, "UA07000000000010236", null, null, null, null);
        add("district", OrganizationKind.DISTRICT, "oblast", "UA05040000000012345", null, null, null, null);
        add("misfiled district", OrganizationKind.DISTRICT, "other oblast", "UA05060000000012345", null, null, null, null);
        add("hromada", OrganizationKind.HROMADA, "oblast", "UA05040010000053045", "CITY", null, null, null);
        add("lost hromada", OrganizationKind.HROMADA, "oblast", "UA05060010000053045", "TOWN", null, null, null);
        add("council", OrganizationKind.PROVIDER, "hromada", null, null, null, null, null);

        Map<UUID, Place> places = places();

        assertThat(places.get(id("council")).district().name()).isEqualTo("district");
        assertThat(places.get(id("council")).institution()).isNull();
        assertThat(places.get(id("lost hromada")).district()).as("the only district of that code is in another oblast").isNull();
    }

    private Map<UUID, Place> places() {
        return new PlaceResolver(rows, kinds).places();
    }

    private UUID id(String name) {
        return byName.get(name).id();
    }

    private void add(String name, OrganizationKind kind, String parent, String katottg, String hromadaKind, String institutionKind,
                     LocalDate frontline, Integer headcount) {
        UUID id = UUID.randomUUID();
        PlaceFacts up = parent == null ? null : byName.get(parent);
        String path = (up == null ? "/" : up.path()) + id + "/";
        PlaceFacts row = new PlaceFacts(id, kind, name, null, up == null ? null : up.id(), path, katottg, hromadaKind,
                institutionKind, frontline, null, headcount);
        rows.add(row);
        byName.put(name, row);
    }
}
