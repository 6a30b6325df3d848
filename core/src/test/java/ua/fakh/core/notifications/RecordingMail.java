package ua.fakh.core.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Stands for e-mail in the engine's tests: reaches everyone and carries account messages. */
@Singleton
@Requires(property = "fakh.test.recording-channels", value = "true")
class RecordingMail extends RecordingChannel {
    RecordingMail() {
        super("notify_recordingmail", true);
    }

    @Override
    public boolean carriesAccountMessages() {
        return true;
    }
}
