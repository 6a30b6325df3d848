package ua.fakh.certificates.issuing.internal;

import io.micronaut.context.annotation.Context;
import ua.fakh.certificates.spi.CredentialFormat;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;

import java.util.List;

/** The registry of {@code credential_*} plugins, checked at start-up. */
@Context
class CredentialFormats {
    static final String PDF = "credential_pdf";
    static final String OPEN_BADGE = "credential_ob3";

    private final PluginRegistry<CredentialFormat> registry;

    CredentialFormats(List<CredentialFormat> formats, PluginSettings settings) {
        this.registry = new PluginRegistry<>("credential", formats, settings);
    }

    boolean has(String id) {
        return registry.find(id).isPresent();
    }

    CredentialFormat require(String id) {
        return registry.find(id).orElseThrow(() -> new NotFoundException("The " + id + " format is not enabled here"));
    }
}
