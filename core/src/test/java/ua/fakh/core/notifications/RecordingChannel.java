package ua.fakh.core.notifications;

import ua.fakh.core.plugins.PluginDescriptor;

import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A channel that keeps what it is given, for the engine's tests: it reaches the people in
 * {@link #reached} (everyone when {@code reachesEveryone}) and answers with the queued
 * {@link #answers} before SENT.
 */
abstract class RecordingChannel implements NotificationChannel {
    final List<OutgoingMessage> received = new CopyOnWriteArrayList<>();
    final Set<UUID> reached = ConcurrentHashMap.newKeySet();
    final Deque<DeliveryResult> answers = new ConcurrentLinkedDeque<>();
    private final String id;
    private final boolean reachesEveryone;

    RecordingChannel(String id, boolean reachesEveryone) {
        this.id = id;
        this.reachesEveryone = reachesEveryone;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(id, "1.0.0");
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return reachesEveryone || reached.contains(recipient.userId());
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        DeliveryResult answer = answers.poll();
        if (answer != null) {
            return answer;
        }
        received.add(message);
        return DeliveryResult.sent();
    }

    List<OutgoingMessage> receivedBy(UUID userId) {
        return received.stream().filter(m -> m.recipient().userId().equals(userId)).toList();
    }
}
