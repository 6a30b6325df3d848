package ua.fakh.courses.assessment;

/** How an answer was taken: in time, or after the time was up but saved before it (counted, marked late). */
public enum AnswerSaved {
    IN_TIME, LATE, NOTHING_SAID;

    public boolean late() {
        return this == LATE;
    }
}
