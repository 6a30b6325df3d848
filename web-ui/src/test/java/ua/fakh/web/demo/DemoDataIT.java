package ua.fakh.web.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.organizations.Edrpou;
import ua.fakh.core.organizations.OrganizationKind;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.Users;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.demo", value = "true")
class DemoDataIT {
    @Inject
    Users users;
    @Inject
    Organizations organizations;
    @Inject
    DemoData demo;
    @Inject
    EmbeddedServer server;

    @Test
    void loadsAKharkivTreeWithPeopleOnceAfterTheFirstAdministrator() {
        assertThat(users.findByEmail("admin@test.fakh")).isPresent();
        OrganizationView oblast = organizations.search("Харківська область", 0, 10).content().stream()
                .filter(o -> o.kind() == OrganizationKind.OBLAST).findFirst().orElseThrow();
        List<OrganizationView> tree = organizations.subtree(oblast.id());
        assertThat(tree).filteredOn(o -> o.kind() == OrganizationKind.HROMADA).hasSize(3);
        assertThat(tree).filteredOn(o -> o.kind() == OrganizationKind.INSTITUTION).hasSize(3);
        assertThat(tree).filteredOn(o -> o.kind() == OrganizationKind.PROVIDER).singleElement()
                .satisfies(p -> assertThat(Edrpou.isValid(p.edrpou())).isTrue());
        assertThat(users.findByEmail(DemoData.TRAINER_EMAIL).orElseThrow().roles()).containsExactly(Role.TRAINER);
        assertThat(users.findByEmail("hr@demo.fakh").orElseThrow().roles()).containsExactly(Role.HR);
        assertThat(List.of("learner1@demo.fakh", "learner2@demo.fakh", "learner3@demo.fakh"))
                .allSatisfy(email -> assertThat(users.findByEmail(email)).isPresent());

        demo.onApplicationEvent(new ServerStartupEvent(server));

        assertThat(organizations.subtree(oblast.id())).hasSameSizeAs(tree);
    }
}
