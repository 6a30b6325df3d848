package ua.fakh.courses.registration.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.NoticeTopic;

import java.util.UUID;

/** "You are on the waiting list" goes only while the person still waits (not after moving up or leaving). */
@Singleton
class WaitlistTopic implements NoticeTopic {
    static final String NAME = "waitlist";

    private final WaitlistRepository waitlist;

    WaitlistTopic(WaitlistRepository waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean stillHolds(UUID id) {
        return waitlist.existsById(id);
    }
}
