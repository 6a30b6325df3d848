package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;

import java.util.Optional;

/**
 * SPI for where an online session happens (plugin type {@code meeting}): any meeting URL, a
 * self-hosted Jitsi Meet, BigBlueButton. Implementations are stateless, thread-safe beans that never
 * touch the database: Fakh stores what {@link #open} returns and hands it back on every later call.
 * People always join through Fakh's join page, which logs who and when and then redirects to
 * {@link #joinUrl}; so attendance is known even for a provider that reports nothing.
 *
 * <p>Errors: a provider that cannot be reached or refuses throws {@link MeetingUnavailableException}
 * (the caller shows a readable page and records nothing); a setting the trainer gave that the
 * provider cannot use throws {@link MeetingRejectedException} with a message key of the plugin's bundle.
 */
public interface MeetingProvider extends Plugin {

    /** Whether it can be offered now (its server and secret are configured). */
    boolean isConfigured();

    /**
     * Whether the trainer gives the meeting's address when creating the session (any meeting URL);
     * otherwise Fakh creates the room with the provider.
     */
    boolean takesTrainerUrl();

    /**
     * Creates (or, called again for the same session, finds) the room. Idempotent per
     * {@link MeetingRequest#sessionId}: providers derive the room id from it.
     */
    MeetingRoom open(MeetingRequest request);

    /** Where to send this person now (signed where the provider signs joins). */
    String joinUrl(MeetingRoom room, MeetingParticipant participant);

    /** Ends the meeting for everyone, where the provider can; a no-op otherwise. */
    void end(MeetingRoom room);

    /**
     * Reads a call the provider made to Fakh (the end-of-meeting report): its authenticity is checked
     * here (checksum, signature). Empty when this provider reports nothing; throws
     * {@link MeetingRejectedException} for a call that is malformed or not signed by the provider
     * (then nothing is recorded).
     */
    default Optional<MeetingReport> readCallback(MeetingCallback callback) {
        return Optional.empty();
    }
}
