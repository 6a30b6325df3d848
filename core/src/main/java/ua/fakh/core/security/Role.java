package ua.fakh.core.security;

/**
 * What a user may do; a user holds one or several. An ANALYST (a partner, a donor, a regional centre's
 * methodologist) reads territory reports of its scope: numbers only, never a name.
 */
public enum Role {
    ADMIN, TRAINER, HR, LEARNER, ANALYST
}
