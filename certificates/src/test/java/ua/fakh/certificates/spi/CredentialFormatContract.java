package ua.fakh.certificates.spi;

import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.Plugin;
import ua.fakh.core.plugins.PluginContract;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every certificate format must do; each {@code credential_*} plugin has a test extending this one.
 * Subclasses say how to read and verify their output and which snapshot fields they state, and how.
 */
public abstract class CredentialFormatContract extends PluginContract {

    protected abstract CredentialFormat format();

    @Override
    protected final Plugin plugin() {
        return format();
    }

    @Override
    protected final String expectedType() {
        return "credential";
    }

    /** Whether the signature of {@code rendered} verifies against {@code issuer}'s key. */
    protected abstract boolean verifies(byte[] rendered, IssuerContext issuer);

    /** {@code rendered} with one change a forger might make, which must break the signature. */
    protected abstract byte[] tampered(byte[] rendered);

    /** What a reader of the output sees: the PDF's text, the credential's values. */
    protected abstract String readableContent(byte[] rendered);

    /** Per snapshot field the format states, the strings that must appear in {@link #readableContent}. */
    protected abstract Map<String, List<String>> expectedAppearances(CertificateSnapshot certificate);

    /** The snapshot fields the format does not state, each with the reason. */
    protected abstract Map<String, String> notStated();

    @Test
    void namesItsMediaTypeAndExtension() {
        assertThat(format().mediaType()).matches("[a-z]+/[a-z0-9.+-]+");
        assertThat(format().fileExtension()).matches("[a-z0-9]+");
    }

    @Test
    void rendersARealisticUkrainianCertificate() {
        byte[] rendered = format().render(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
        assertThat(rendered).isNotEmpty();
        assertThat(readableContent(rendered)).contains("Ґалина Їжакевич-Єрмоленко");
    }

    @Test
    void rendersTheSameContentEveryTime() {
        byte[] once = format().render(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
        byte[] again = format().render(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
        assertThat(readableContent(again)).isEqualTo(readableContent(once));
    }

    @Test
    void signsSoThatTheSignatureVerifiesAndATamperedCopyDoesNot() {
        byte[] rendered = format().render(CredentialFixtures.ukrainianSnapshot(), CredentialFixtures.issuer());
        assertThat(verifies(rendered, CredentialFixtures.issuer())).as("signature of the rendered output").isTrue();
        assertThat(verifies(tampered(rendered), CredentialFixtures.issuer())).as("signature of a tampered copy").isFalse();
    }

    @Test
    void statesEverySnapshotFieldItPromises() {
        CertificateSnapshot certificate = CredentialFixtures.ukrainianSnapshot();
        Map<String, List<String>> expected = expectedAppearances(certificate);
        Set<String> fields = Arrays.stream(CertificateSnapshot.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> decided = new HashSet<>(expected.keySet());
        decided.addAll(notStated().keySet());
        assertThat(decided).as("every snapshot field is either stated or explained").containsExactlyInAnyOrderElementsOf(fields);

        String content = normalised(readableContent(format().render(certificate, CredentialFixtures.issuer())));
        expected.forEach((field, values) -> values.forEach(value ->
                assertThat(content).as("field %s", field).contains(normalised(value))));
    }

    @Test
    void rendersACertificateWithOnlyTheRequiredFields() {
        byte[] rendered = format().render(CredentialFixtures.minimalSnapshot(), new IssuerContext(CredentialFixtures.PUBLIC_URL,
                "p1", CredentialFixtures.signing(), CredentialFixtures.PUBLIC_URL + "/status/1", 0, null,
                CredentialFixtures.evidence()));
        assertThat(verifies(rendered, CredentialFixtures.issuer())).isTrue();
        assertThat(readableContent(rendered)).contains(CredentialFixtures.minimalSnapshot().holderName());
    }

    @Test
    void keepsEveryOneOfManyLongOutcomes() {
        List<String> outcomes = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Результат навчання номер " + i + ": " + CredentialFixtures.OUTCOMES.get(i % 5))
                .toList();
        byte[] rendered = format().render(CredentialFixtures.withOutcomes(CredentialFixtures.ukrainianSnapshot(), outcomes),
                CredentialFixtures.issuer());
        String content = normalised(readableContent(rendered));
        outcomes.forEach(outcome -> assertThat(content).contains(normalised(outcome)));
    }

    protected static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
