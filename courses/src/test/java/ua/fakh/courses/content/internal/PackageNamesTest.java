package ua.fakh.courses.content.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PackageNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/etc/passwd", "C:/x", "a\\..\\x", ""})
    void refusesNamesThatEscape(String name) {
        assertThat(PackageReader.isSafeName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "materials/0190a-b", "a/b/c..d"})
    void acceptsPlainRelativeNames(String name) {
        assertThat(PackageReader.isSafeName(name)).isTrue();
    }
}
