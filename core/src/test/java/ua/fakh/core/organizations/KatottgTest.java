package ua.fakh.core.organizations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KatottgTest {

    @ParameterizedTest
    @CsvSource({
            "UA05000000000010236, OBLAST",
            "UA80000000000093317, OBLAST",
            "UA05020000000026686, DISTRICT",
            "UA05020030000031457, HROMADA",
            "UA05020030010063857, SETTLEMENT",
            "UA63120270010112345, URBAN_DISTRICT"})
    void readsTheLevelFromTheDigits(String code, KatottgLevel level) {
        assertThat(Katottg.parse(code)).get().extracting(Katottg::level).isEqualTo(level);
    }

    @Test
    void kyivIsAlsoItsOwnDistrictAndHromadaAndItsCityDistrictsStandWhereDistrictsStand() {
        assertThat(new Katottg("UA80000000000093317").possibleLevels()).containsExactlyInAnyOrder(
                KatottgLevel.OBLAST, KatottgLevel.DISTRICT, KatottgLevel.HROMADA);
        // Голосіївський район міста Києва: city-district digits 01
        assertThat(new Katottg("UA80000000000126643").possibleLevels()).containsExactlyInAnyOrder(
                KatottgLevel.URBAN_DISTRICT, KatottgLevel.DISTRICT);
        assertThat(new Katottg("UA05000000000010236").possibleLevels()).containsExactly(KatottgLevel.OBLAST);
        assertThat(new Katottg("UA63120270010112345").possibleLevels()).containsExactly(KatottgLevel.URBAN_DISTRICT);
    }

    @Test
    void acceptsLowerCaseAndSpacesAroundAndStoresItUpperCase() {
        assertThat(Katottg.parse("  ua05020030000031457 ")).get().extracting(Katottg::value).isEqualTo("UA05020030000031457");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UA0502003000003145", "UA050200300000314570", "UB05020030000031457", "UA0502003000003145X",
            "UA99020030000031457", "UA02020030000031457", "05020030000031457", "UA 05020030000031457"})
    void refusesWrongShapesAndUnknownOblasts(String code) {
        assertThat(Katottg.parse(code)).isEmpty();
        assertThat(Katottg.isValid(code)).isFalse();
    }

    @Test
    void givesThePrefixesCodesInsideShare() {
        Katottg hromada = new Katottg("UA05020030000031457");

        assertThat(hromada.oblastPrefix()).isEqualTo("UA05");
        assertThat(hromada.districtPrefix()).isEqualTo("UA0502");
        assertThat(hromada.hromadaPrefix()).isEqualTo("UA0502003");
        assertThat(hromada.prefixFor(KatottgLevel.SETTLEMENT)).isEqualTo("UA0502003000");
    }

    @Test
    void theConstructorTakesOnlyAnExactCode() {
        assertThatThrownBy(() -> new Katottg("ua05020030000031457")).isInstanceOf(IllegalArgumentException.class);
    }
}
