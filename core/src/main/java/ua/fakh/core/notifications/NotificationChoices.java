package ua.fakh.core.notifications;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.plugins.InstalledPlugins;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.core.security.Caller;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The caller's own grid of choices, for the profile page and {@code /api/me/notifications}: which
 * channels carry which kind of message, among the channels that reach the person. Account-security
 * kinds are not in the grid: they always go by e-mail.
 */
@Singleton
public class NotificationChoices {
    private final NotificationPreferences preferences;
    private final InstalledPlugins plugins;
    private final Messages messages;

    public NotificationChoices(NotificationPreferences preferences, InstalledPlugins plugins, Messages messages) {
        this.preferences = preferences;
        this.plugins = plugins;
        this.messages = messages;
    }

    /** The kinds a person chooses channels for, in the enum's order. */
    public static List<NoticeKind> choosable() {
        return Arrays.stream(NoticeKind.values()).filter(k -> !k.isAccountSecurity()).toList();
    }

    public ChoicesView of(Caller caller, Locale locale) {
        UUID me = caller.userId();
        List<ChoicesView.Channel> channels = preferences.channelsReaching(me).stream()
                .map(id -> new ChoicesView.Channel(id, plugins.find(id).map(p -> PluginStrings.name(p, locale)).orElse(id))).toList();
        Map<NoticeKind, Set<String>> chosen = preferences.chosen(me);
        List<ChoicesView.Kind> kinds = choosable().stream().map(kind -> new ChoicesView.Kind(kind.name(),
                messages.get(locale, kind.nameKey()), channels.stream().map(ChoicesView.Channel::id)
                        .filter(id -> chosen.getOrDefault(kind, Set.of()).contains(id)).toList())).toList();
        return new ChoicesView(channels, kinds);
    }

    /**
     * Replaces the caller's choices: {@code choices} maps kind names to channel ids; a kind left out
     * is switched off on every channel. Every unknown kind or channel is reported at once.
     */
    public void choose(Caller caller, Map<String, List<String>> choices) {
        UUID me = caller.userId();
        Set<String> reaching = Set.copyOf(preferences.channelsReaching(me));
        List<FieldError> errors = new ArrayList<>();
        Map<NoticeKind, Set<String>> parsed = new EnumMap<>(NoticeKind.class);
        choosable().forEach(kind -> parsed.put(kind, new LinkedHashSet<>()));
        choices.forEach((name, channels) -> {
            NoticeKind kind = kindNamed(name);
            if (kind == null || kind.isAccountSecurity()) {
                errors.add(FieldError.of("choices." + name, "problem.notifications.unknownKind"));
                return;
            }
            for (String channel : channels == null ? List.<String>of() : channels) {
                if (!reaching.contains(channel)) {
                    errors.add(FieldError.of("choices." + name, "problem.notifications.unknownChannel"));
                } else {
                    parsed.get(kind).add(channel);
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        preferences.choose(me, parsed);
    }

    private static NoticeKind kindNamed(String name) {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }
}
