package ua.fakh.core.notifications;

import ua.fakh.core.plugins.PluginDescriptor;

import java.util.Optional;
import java.util.UUID;

/**
 * What every messenger does alike: a person links a chat through a one-time deep link kept by
 * {@link MessengerAccounts}, the channel reaches only linked people while the bot is configured, and a
 * message goes to the linked chat's address. A messenger says how its deep link looks and how it sends.
 */
public abstract class LinkedMessenger implements Messenger {
    private final String id;
    protected final MessengerAccounts accounts;

    protected LinkedMessenger(String id, MessengerAccounts accounts) {
        this.id = id;
        this.accounts = accounts;
    }

    /** The address that opens the bot with {@code token}, e.g. {@code https://t.me/<bot>?start=<token>}. */
    protected abstract String deepLink(String token);

    /** Sends to the chat linked to the recipient ({@code address}: the chat or user id the messenger knows). */
    protected abstract DeliveryResult sendTo(String address, OutgoingMessage message);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(id, "1.0.0");
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return isConfigured() && isLinked(recipient.userId());
    }

    @Override
    public MessengerLink startLinking(UUID userId) {
        MessengerAccounts.LinkToken token = accounts.newToken(id, userId);
        return new MessengerLink(id, deepLink(token.token()), token.expiresAt());
    }

    @Override
    public boolean isLinked(UUID userId) {
        return accounts.addressOf(id, userId).isPresent();
    }

    @Override
    public boolean unlink(UUID userId) {
        return accounts.unlink(id, userId);
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        Optional<String> address = isConfigured() ? accounts.addressOf(id, message.recipient().userId()) : Optional.empty();
        if (address.isEmpty()) {
            return DeliveryResult.failed(id + ": the person has not linked this messenger (or its bot is not configured)");
        }
        return sendTo(address.get(), message);
    }
}
