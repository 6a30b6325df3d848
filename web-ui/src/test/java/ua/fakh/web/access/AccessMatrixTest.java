package ua.fakh.web.access;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix file is read strictly, so a slip in it fails in seconds rather than after the world is built. */
class AccessMatrixTest {

    @Test
    void theMatrixFileReadsAndNoStaleSessionMayMoreThanNoSessionAtAll() {
        AccessMatrix matrix = AccessMatrix.load();

        assertThat(matrix.rows).hasSizeGreaterThan(150);
        assertThat(matrix.rows).filteredOn(row -> row.allowed().contains(Persona.DEMOTED) || row.allowed().contains(Persona.DISABLED)
                || row.allowed().contains(Persona.SIGNED_OUT)).allSatisfy(row -> assertThat(row.allowed()).as(row.describe())
                .contains(Persona.ANONYMOUS));
    }

    @Test
    void refusesAUriThatIsNotAPathOfItsRoute() {
        assertThatThrownBy(() -> Expectation.parse("GET /api/courses/{id}", Map.of("uri", "/api/lessons/${lesson}", "allow", "admin")))
                .hasMessageContaining("is not a path of this route");
    }

    @Test
    void refusesAnUnknownPersonaAndARowThatSaysNothingAboutWhoMay() {
        assertThatThrownBy(() -> Expectation.parse("GET /api/me", Map.of("allow", "learner manager")))
                .hasMessageContaining("manager");
        assertThatThrownBy(() -> Expectation.parse("GET /api/me", Map.of("uri", "/api/me")))
                .hasMessageContaining("allow");
    }

    @Test
    void theGroupsNameWhoTheySay() {
        assertThat(Expectation.parseAllowed("signed-in")).containsExactlyInAnyOrderElementsOf(Persona.SIGNED_IN)
                .doesNotContain(Persona.ANONYMOUS, Persona.DEMOTED, Persona.DISABLED, Persona.SIGNED_OUT);
        assertThat(Expectation.parseAllowed("anyone")).contains(Persona.values());
        assertThat(Expectation.parseAllowed("nobody")).isEmpty();
    }
}
