package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.notifications.ChoicesView;
import ua.fakh.core.notifications.MessengerLink;
import ua.fakh.core.notifications.MessengerState;

import java.util.List;

/**
 * The profile's notifications page: the messengers on offer (with a fresh deep link when the person
 * just asked for one), the grid of kinds and channels, and what was just saved, if anything.
 */
public record NotificationsModel(List<MessengerState> messengers, ChoicesView choices, @Nullable MessengerLink newLink,
                                 @Nullable String newLinkExpires, @Nullable String saved, @Nullable String error) {

    /** The checkbox value of one cell: {@code KIND:channel}. */
    public static String cell(String kind, String channel) {
        return kind + ":" + channel;
    }

    public boolean chosen(ChoicesView.Kind kind, String channel) {
        return kind.channels().contains(channel);
    }
}
