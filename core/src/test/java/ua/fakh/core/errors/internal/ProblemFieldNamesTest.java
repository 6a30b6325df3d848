package ua.fakh.core.errors.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemFieldNamesTest {
    @Test
    void dropsMethodAndParameterFromViolationPaths() {
        assertThat(ProblemResponseProcessor.fieldName("create.body.email")).isEqualTo("email");
        assertThat(ProblemResponseProcessor.fieldName("create.user.roles[0]")).isEqualTo("roles[0]");
        assertThat(ProblemResponseProcessor.fieldName("email")).isEqualTo("email");
    }
}
