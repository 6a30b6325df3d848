package ua.fakh.core.notifications;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.core.security.Caller;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The messengers a person may link from the profile: those installed, enabled and configured (a bot
 * token set), by id. Linking and unlinking act on the caller's own account only.
 */
@Singleton
public class Messengers {
    private final List<Messenger> installed;
    private final PluginSettings plugins;

    public Messengers(List<Messenger> installed, PluginSettings plugins) {
        this.installed = installed.stream().sorted(Comparator.comparing(m -> m.descriptor().id())).toList();
        this.plugins = plugins;
    }

    /** Messengers on offer, each with whether the caller linked it. */
    public List<MessengerState> of(Caller caller, Locale locale) {
        return offered().stream().map(m -> new MessengerState(m.descriptor().id(), PluginStrings.name(m, locale),
                m.isLinked(caller.userId()))).toList();
    }

    /** @throws NotFoundException when {@code channel} is not a messenger on offer */
    public MessengerLink startLinking(Caller caller, String channel) {
        return require(channel).startLinking(caller.userId());
    }

    /** Unlinks the caller's chat; idempotent. @throws NotFoundException when {@code channel} is not on offer */
    public void unlink(Caller caller, String channel) {
        require(channel).unlink(caller.userId());
    }

    private List<Messenger> offered() {
        return installed.stream().filter(m -> m.isConfigured() && plugins.isEnabled(m.descriptor().id())).toList();
    }

    private Messenger require(String channel) {
        return offered().stream().filter(m -> m.descriptor().id().equals(channel)).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.messenger.notOffered"));
    }
}
