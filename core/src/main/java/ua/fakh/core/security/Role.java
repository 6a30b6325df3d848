package ua.fakh.core.security;

/** What a user may do; a user holds one or several. */
public enum Role {
    ADMIN, TRAINER, HR, LEARNER
}
