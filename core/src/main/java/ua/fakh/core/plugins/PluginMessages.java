package ua.fakh.core.plugins;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets the application's strings reach into a plugin's own bundle: a key that starts with a plugin's
 * id ({@code qtype_matching.problem.needsTwoPairs}) is read from that plugin's strings. This is how a
 * plugin's field refusals ({@code fields.reject("pairs", "qtype_matching.problem.needsTwoPairs")})
 * reach the reader in their language through the same problem answers and form pages as everyone's.
 * The plugins are looked up lazily: plugins themselves may need the application's strings.
 */
@Singleton
public class PluginMessages extends AbstractMessageSource {
    private final Provider<InstalledPlugins> installed;

    public PluginMessages(Provider<InstalledPlugins> installed) {
        this.installed = installed;
    }

    @Override
    @NonNull
    public Optional<String> getRawMessage(@NonNull String code, @NonNull MessageContext context) {
        int dot = code.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return installed.get().find(code.substring(0, dot))
                .flatMap(plugin -> PluginStrings.of(plugin).getRawMessage(code, context));
    }
}
