package ua.fakh.core.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Stands for a messenger in the engine's tests: reaches only those who "linked" it. */
@Singleton
@Requires(property = "fakh.test.recording-channels", value = "true")
class RecordingMessenger extends RecordingChannel {
    RecordingMessenger() {
        super("notify_recordingmessenger", false);
    }
}
