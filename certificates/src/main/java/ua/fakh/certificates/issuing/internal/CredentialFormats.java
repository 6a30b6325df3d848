package ua.fakh.certificates.issuing.internal;

import io.micronaut.context.annotation.Context;
import ua.fakh.certificates.signing.VcJwt;
import ua.fakh.certificates.spi.CredentialFormat;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;

import java.util.List;
import java.util.Optional;

/**
 * The registry of {@code credential_*} plugins, checked at start-up. Issuing asks for a format by what
 * it makes (the PDF a learner prints, the credential a wallet keeps), never by a plugin's id.
 */
@Context
class CredentialFormats {
    static final String PDF = "application/pdf";
    static final String VERIFIABLE_CREDENTIAL = VcJwt.MEDIA_TYPE;

    private final PluginRegistry<CredentialFormat> registry;

    CredentialFormats(List<CredentialFormat> formats, PluginSettings settings) {
        this.registry = new PluginRegistry<>("credential", formats, settings);
    }

    boolean has(String mediaType) {
        return making(mediaType).isPresent();
    }

    CredentialFormat require(String mediaType) {
        return making(mediaType).orElseThrow(() -> new NotFoundException("problem.certificate.noFormat", mediaType));
    }

    private Optional<CredentialFormat> making(String mediaType) {
        return registry.all().stream().filter(format -> format.mediaType().equals(mediaType)).findFirst();
    }
}
