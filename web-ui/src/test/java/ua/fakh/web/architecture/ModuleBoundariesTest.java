package ua.fakh.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of ARCHITECTURE.md and STYLE.md, as sentences. Micronaut's generated
 * {@code $...$Definition} classes are left out: they wire a module's own internals by design.
 */
class ModuleBoundariesTest {
    static JavaClasses fakh;

    @BeforeAll
    static void importClasses() {
        fakh = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("$Definition") && !location.contains("$Introspection")
                        && !location.contains("$Intercepted"))
                .importPackages("ua.fakh");
    }

    @Test
    void no_module_reaches_into_another_modules_internal_packages() {
        for (String module : new String[]{"core", "courses", "certificates", "web"}) {
            ArchRule rule = noClasses().that(not(resideInAPackage("ua.fakh." + module + "..")))
                    .should().dependOnClassesThat().resideInAPackage("ua.fakh." + module + "..internal..")
                    .because("a module is used only through its public packages");
            rule.check(fakh);
        }
    }

    @Test
    void plugins_see_only_spis_and_public_faces() {
        noClasses().that().resideInAPackage("ua.fakh..plugins..")
                .should().dependOnClassesThat().resideInAPackage("ua.fakh..internal..")
                .check(fakh);
    }

    @Test
    void modules_depend_only_downwards() {
        noClasses().that().resideInAPackage("ua.fakh.core..")
                .should().dependOnClassesThat().resideInAnyPackage("ua.fakh.courses..", "ua.fakh.certificates..", "ua.fakh.web..")
                .check(fakh);
        noClasses().that().resideInAPackage("ua.fakh.courses..")
                .should().dependOnClassesThat().resideInAnyPackage("ua.fakh.certificates..", "ua.fakh.web..")
                .check(fakh);
        noClasses().that().resideInAPackage("ua.fakh.certificates..")
                .should().dependOnClassesThat().resideInAPackage("ua.fakh.web..")
                .check(fakh);
    }

    @Test
    void modules_have_no_cycles() {
        slices().matching("ua.fakh.(*)..").should().beFreeOfCycles().check(fakh);
    }

    @Test
    void the_import_found_the_application() {
        org.assertj.core.api.Assertions.assertThat(fakh.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("ua.fakh.core")).anyMatch(p -> p.startsWith("ua.fakh.certificates"));
    }
}
