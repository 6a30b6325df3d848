package ua.fakh.core.users.internal;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.config.AdminBootstrapSettings;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.Passwords;
import ua.fakh.core.users.Users;

import java.util.Set;

/**
 * On the very first start (no users yet) creates the operator's organization and the first
 * administrator from {@code FAKH_ADMIN_EMAIL}/{@code FAKH_ADMIN_PASSWORD}; without a password one
 * is generated and printed this once. Two nodes starting together: one wins, the other's
 * transaction rolls back on the unique e-mail.
 */
@Singleton
class FirstAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository userRows;
    private final Users users;
    private final Organizations organizations;
    private final AdminBootstrapSettings settings;

    FirstAdministrator(UserRepository userRows, Users users, Organizations organizations, AdminBootstrapSettings settings) {
        this.userRows = userRows;
        this.users = users;
        this.organizations = organizations;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            createIfNoUsers();
        } catch (ConflictException anotherNodeWasFirst) {
            LOG.info("The first administrator was created by another node");
        }
    }

    @Transactional
    public void createIfNoUsers() {
        if (userRows.count() > 0) {
            return;
        }
        Caller system = Caller.system();
        OrganizationView operator = organizations.create(new NewOrganization("Оператор платформи Fakh",
                "Fakh platform operator", OrganizationKind.PROVIDER, null, null, null), system);
        boolean given = settings.password() != null && !settings.password().isBlank();
        // no mail server may exist yet to carry an invitation: the installation's own first account gets a password
        String password = given ? settings.password() : Passwords.generate();
        NewAccount admin = users.create(new NewUser(settings.email(), "Адміністратор", password, "uk",
                operator.id(), Set.of(Role.ADMIN)), system);
        if (!given) {
            String banner = "=".repeat(72);
            System.out.println(banner);
            System.out.println(" Fakh: first administrator created");
            System.out.println("   e-mail:   " + admin.user().email());
            System.out.println("   password: " + password);
            System.out.println(" This password is shown only now. Change it after logging in.");
            System.out.println(banner);
        } else {
            LOG.info("First administrator {} created with the password from FAKH_ADMIN_PASSWORD", admin.user().email());
        }
    }
}
