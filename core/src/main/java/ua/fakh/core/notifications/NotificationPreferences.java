package ua.fakh.core.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which channels a person reads each kind of message on. By default every channel that reaches the
 * person (e-mail, and a messenger once linked) carries every kind; the person switches single
 * (kind, channel) pairs off and on. Account-security kinds always go by e-mail and only by e-mail.
 */
public interface NotificationPreferences {

    /** Ids of the enabled channels that reach the person, in id order. */
    List<String> channelsReaching(UUID userId);

    /** For each kind a person may choose, the channels (among those reaching them) that carry it. */
    Map<NoticeKind, Set<String>> chosen(UUID userId);

    /** Replaces the person's choices: for each kind, the channels that carry it (others off). */
    void choose(UUID userId, Map<NoticeKind, Set<String>> channelsByKind);
}
