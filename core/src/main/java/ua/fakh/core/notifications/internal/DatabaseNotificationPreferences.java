package ua.fakh.core.notifications.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.NotificationPreferences;
import ua.fakh.core.notifications.Recipient;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps only what a person switched off: a channel linked later carries every kind at once, which is
 * what linking it was for, and a new kind of message reaches everyone until they say otherwise.
 */
@Singleton
class DatabaseNotificationPreferences implements NotificationPreferences {
    private final ChoiceOffRepository off;
    private final Recipients recipients;
    private final NotificationChannels channels;

    DatabaseNotificationPreferences(ChoiceOffRepository off, Recipients recipients, NotificationChannels channels) {
        this.off = off;
        this.recipients = recipients;
        this.channels = channels;
    }

    /** The kinds a person may choose channels for: all but the account's own messages. */
    static List<NoticeKind> choosable() {
        return Arrays.stream(NoticeKind.values()).filter(kind -> !kind.isAccountSecurity()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> channelsReaching(UUID userId) {
        return recipients.active(userId).map(channels::reaching).orElse(List.of()).stream()
                .map(NotificationChannels::id).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<NoticeKind, Set<String>> chosen(UUID userId) {
        List<String> reaching = channelsReaching(userId);
        Set<String> switchedOff = off.findByUser(userId).stream().map(row -> row.kind() + " " + row.channel())
                .collect(Collectors.toSet());
        Map<NoticeKind, Set<String>> chosen = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : choosable()) {
            chosen.put(kind, reaching.stream().filter(channel -> !switchedOff.contains(kind.name() + " " + channel))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return chosen;
    }

    @Override
    @Transactional
    public void choose(UUID userId, Map<NoticeKind, Set<String>> channelsByKind) {
        List<String> reaching = channelsReaching(userId);
        off.deleteByUser(userId);
        for (NoticeKind kind : choosable()) {
            Set<String> on = new HashSet<>(channelsByKind.getOrDefault(kind, Set.of()));
            for (String channel : reaching) {
                if (!on.contains(channel)) {
                    off.insert(userId, kind.name(), channel);
                }
            }
        }
    }

    /** The channels that carry {@code kind} to this person now. */
    List<NotificationChannel> carriers(Recipient recipient, NoticeKind kind) {
        Set<String> switchedOff = off.findByUser(recipient.userId()).stream()
                .filter(row -> row.kind().equals(kind.name())).map(ChoiceOffRow::channel).collect(Collectors.toSet());
        return channels.reaching(recipient).stream()
                .filter(channel -> !switchedOff.contains(NotificationChannels.id(channel))).toList();
    }
}
