package ua.fakh.core.notifications.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;

import java.util.List;
import java.util.Optional;

/** The enabled {@code notify_*} plugins. */
@Singleton
class NotificationChannels {
    static final String TYPE = "notify";
    private final PluginRegistry<NotificationChannel> registry;

    NotificationChannels(List<NotificationChannel> channels, PluginSettings settings) {
        this.registry = new PluginRegistry<>(TYPE, channels, settings);
    }

    List<NotificationChannel> reaching(Recipient recipient) {
        return registry.all().stream().filter(channel -> channel.reaches(recipient)).toList();
    }

    /** The channels that carry account-security messages (e-mail), whatever the person chose. */
    List<NotificationChannel> forAccountMessages(Recipient recipient) {
        return reaching(recipient).stream().filter(NotificationChannel::carriesAccountMessages).toList();
    }

    Optional<NotificationChannel> find(String id) {
        return registry.find(id);
    }

    static String id(NotificationChannel channel) {
        return channel.descriptor().id();
    }
}
