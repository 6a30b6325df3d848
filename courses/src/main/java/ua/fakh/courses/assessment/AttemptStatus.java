package ua.fakh.courses.assessment;

/** IN_PROGRESS while answering; SUBMITTED when an essay waits for its trainer; GRADED when final. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, GRADED
}
