package ua.fakh.web.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who calls in the access matrix. The names are the ones {@code access-matrix.yml} uses; the last
 * four hold credentials that stopped being valid (or never were) and are refused like anonymous
 * visitors wherever anonymous visitors are.
 */
enum Persona {
    LEARNER("learner"),
    OTHER_LEARNER("other-learner"),
    TRAINER("trainer"),
    OTHER_TRAINER("other-trainer"),
    HR("hr"),
    OTHER_HR("other-hr"),
    ADMIN("admin"),
    /** An ANALYST of the provider whose scope is the whole installation: numbers only, never names. */
    ANALYST("analyst"),
    /** The ex-trainer of the course, signed in again after the administrator made it a LEARNER. */
    DEMOTED_NEW("demoted-new"),
    ANONYMOUS("anonymous"),
    /** The trainer's token and cookie from before the administrator made it a LEARNER. */
    DEMOTED("demoted"),
    /** An administrator's token and cookie from before another administrator disabled the account. */
    DISABLED("disabled"),
    /** An administrator's token and cookie from a session that then signed out. */
    SIGNED_OUT("signed-out");

    /** Everyone whose credentials are valid: the group {@code signed-in}. */
    static final Set<Persona> SIGNED_IN = EnumSet.range(LEARNER, DEMOTED_NEW);

    final String id;

    Persona(String id) {
        this.id = id;
    }

    /** Refused with 401 (a sign-in redirect on pages) rather than 403 where not allowed. */
    boolean unauthenticated() {
        return !SIGNED_IN.contains(this);
    }

    static Persona named(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No persona '" + id + "'"));
    }

    @Override
    public String toString() {
        return id;
    }
}
