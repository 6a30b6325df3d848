package ua.fakh.web.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;

/** What a response says about the security decision, whatever the exact status. */
enum Outcome {
    /** Let through: any status but 401, 403, 404, a sign-in redirect or a server error. */
    ALLOWED,
    /** 401, or a page's redirect to the sign-in form. */
    UNAUTHENTICATED,
    /** 403. */
    FORBIDDEN,
    /** 404: refused where the project hides what exists, allowed where a fixture is already gone. */
    NOT_FOUND,
    /** 5xx: never right. */
    ERROR;

    static Outcome of(HttpResponse<?> response) {
        int status = response.code();
        String location = response.getHeaders().get(HttpHeaders.LOCATION);
        if (status == 401 || (status >= 300 && status < 400 && location != null && location.startsWith("/signin"))) {
            return UNAUTHENTICATED;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        return status >= 500 ? ERROR : ALLOWED;
    }

    /**
     * Whether {@code actual} meets this expectation. An allowed call may find its fixture already gone
     * (404), except where 404 is how the route refuses: there it must not be 404.
     */
    boolean metBy(Outcome actual, Outcome refusal) {
        return actual == this || (this == ALLOWED && actual == NOT_FOUND && refusal != NOT_FOUND);
    }
}
