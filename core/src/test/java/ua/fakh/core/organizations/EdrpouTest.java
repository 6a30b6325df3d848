package ua.fakh.core.organizations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EdrpouTest {
    @ParameterizedTest
    @ValueSource(strings = {"14360570", "00032129", "31316718", "21133352"})
    void acceptsRealCodes(String code) {
        assertThat(Edrpou.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14360571", "00032120", "31316719", "1436057", "143605700", "1436057a", ""})
    void refusesWrongCheckDigitsAndShapes(String code) {
        assertThat(Edrpou.isValid(code)).isFalse();
    }
}
