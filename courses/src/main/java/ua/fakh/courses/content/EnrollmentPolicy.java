package ua.fakh.courses.content;

/** Who may enroll: anyone ({@code OPEN}), whoever knows the key ({@code KEY}), or only the trainer ({@code TRAINER}). */
public enum EnrollmentPolicy {
    OPEN, KEY, TRAINER
}
