package ua.fakh.core.security;

import io.micronaut.core.annotation.Nullable;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling and from where: the user's id, e-mail, current roles and organization (read from
 * the database per request, so a role change or a move takes effect at once), and the client
 * address (for the audit log). Controllers take it as a parameter; services decide with it.
 *
 * <p>It is a {@link Principal} (named by its e-mail) because that is what it is, and because
 * micronaut-openapi leaves principals out of the API document: the caller is bound from the token,
 * never sent by the client, so no operation may list it as a parameter or a body field.
 */
public record Caller(@Nullable UUID userId, String email, Set<Role> roles, @Nullable UUID organizationId, String address)
        implements Principal {

    /** The e-mail the caller signed in with ({@code "system"} for the installation itself). */
    @Override
    public String getName() {
        return email;
    }

    /** The installation itself (first start, demo data): audited as "system". */
    public static Caller system() {
        return new Caller(null, "system", EnumSet.allOf(Role.class), null, "local");
    }

    /** Someone not logged in (a failed login, a public check), known only by address. */
    public static Caller anonymous(String email, String address) {
        return new Caller(null, email, EnumSet.noneOf(Role.class), null, address);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
