package ua.fakh.web.assess;

import java.util.UUID;

/** The name of one box of the attendance grid: present at that session, that member. */
public final class AttendanceField {
    private AttendanceField() {
    }

    public static String name(UUID sessionId, UUID enrollmentId) {
        return "present." + sessionId + "." + enrollmentId;
    }
}
