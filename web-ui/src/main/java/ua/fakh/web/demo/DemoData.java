package ua.fakh.web.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.organizations.NewOrganization;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.Passwords;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code FAKH_DEMO=true}: on start, after the first administrator exists, loads a small Kharkiv
 * oblast tree, a training provider, a trainer, three learners and an HR officer, two published
 * bilingual courses the learners are enrolled in ({@link DemoCourses}), and prints the people's
 * one-time passwords once. All in one transaction, skipped when the demo trainer already exists,
 * so restarts (and a crash half-way) leave exactly one copy.
 * <p>
 * It listens to the server's start, which comes after every {@code StartupEvent} listener has run:
 * core creates the first administrator only while there are no users at all, and Micronaut runs
 * {@code StartupEvent} listeners without an order last, so no order given here could reliably come
 * after it.
 */
@Singleton
@Requires(property = "fakh.demo", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {
    static final String TRAINER_EMAIL = "trainer@demo.fakh";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Organizations organizations;
    private final Users users;
    private final DemoCourses courses;

    DemoData(Organizations organizations, Users users, DemoCourses courses) {
        this.organizations = organizations;
        this.users = users;
        this.courses = courses;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (users.findByEmail(TRAINER_EMAIL).isPresent()) {
            LOG.info("Demo data already loaded");
            return;
        }
        print(load());
    }

    @Transactional
    List<DemoAccount> load() {
        Caller system = Caller.system();
        UUID oblast = org(system, "Харківська область", "Kharkiv Oblast", OrganizationKind.OBLAST, null, null);
        UUID kharkiv = org(system, "Харківська міська територіальна громада", "Kharkiv City Hromada", OrganizationKind.HROMADA, oblast, null);
        UUID chuhuiv = org(system, "Чугуївська міська територіальна громада", "Chuhuiv City Hromada", OrganizationKind.HROMADA, oblast, null);
        UUID malynivka = org(system, "Малинівська селищна територіальна громада", "Malynivka Settlement Hromada", OrganizationKind.HROMADA, oblast, null);
        UUID kharkivCentre = org(system, "Центр надання соціальних послуг Харківської міської ради",
                "Social Services Centre of Kharkiv City Council", OrganizationKind.INSTITUTION, kharkiv, null);
        UUID chuhuivCentre = org(system, "Центр надання соціальних послуг Чугуївської міської ради",
                "Social Services Centre of Chuhuiv City Council", OrganizationKind.INSTITUTION, chuhuiv, null);
        UUID malynivkaCentre = org(system, "Центр надання соціальних послуг Малинівської селищної ради",
                "Social Services Centre of Malynivka Settlement Council", OrganizationKind.INSTITUTION, malynivka, null);
        UUID provider = org(system, "Регіональний навчальний центр соціальної роботи Харківщини",
                "Kharkiv Regional Training Centre for Social Work", OrganizationKind.PROVIDER, oblast, "14360570");

        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(person(system, TRAINER_EMAIL, "Оксана Мельник", provider, Role.TRAINER));
        accounts.add(person(system, "learner1@demo.fakh", "Ірина Шевченко", kharkivCentre, Role.LEARNER));
        accounts.add(person(system, "learner2@demo.fakh", "Андрій Ковальчук", chuhuivCentre, Role.LEARNER));
        accounts.add(person(system, "learner3@demo.fakh", "Наталія Бондаренко", malynivkaCentre, Role.LEARNER));
        accounts.add(person(system, "hr@demo.fakh", "Людмила Ткаченко", chuhuiv, Role.HR));
        List<UUID> learners = accounts.stream().filter(a -> a.user().roles().contains(Role.LEARNER)).map(a -> a.user().id()).toList();
        courses.load(accounts.get(0).user(), provider, learners);
        return accounts;
    }

    private UUID org(Caller system, String name, String nameEn, OrganizationKind kind, UUID parent, String edrpou) {
        OrganizationView created = organizations.create(new NewOrganization(name, nameEn, kind, parent, edrpou, null), system);
        return created.id();
    }

    /** Demo people get a printed password, not an invitation: a demo needs no mail server to sign in. */
    private DemoAccount person(Caller system, String email, String fullName, UUID organization, Role role) {
        String password = Passwords.generate();
        NewAccount account = users.create(new NewUser(email, fullName, password, "uk", organization, Set.of(role)), system);
        return new DemoAccount(account.user(), password);
    }

    record DemoAccount(UserView user, String password) {
    }

    private static void print(List<DemoAccount> accounts) {
        String banner = "=".repeat(72);
        System.out.println(banner);
        System.out.println(" Fakh: demo data loaded. Sign in as (passwords are shown only now):");
        for (DemoAccount account : accounts) {
            System.out.printf("   %-22s %-12s %s%n", account.user().email(), account.user().roles(), account.password());
        }
        System.out.println(banner);
    }
}
