package ua.fakh.courses.meetings;

/** How a cohort session is held; an online or blended one has a meeting people join through Fakh. */
public enum SessionMode {
    IN_PERSON, ONLINE, BOTH;

    public boolean isOnline() {
        return this != IN_PERSON;
    }
}
