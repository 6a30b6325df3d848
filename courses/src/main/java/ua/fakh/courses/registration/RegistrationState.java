package ua.fakh.courses.registration;

/** Where a person stands in a cohort's registration. */
public enum RegistrationState {
    SEATED, WAITING, NONE
}
