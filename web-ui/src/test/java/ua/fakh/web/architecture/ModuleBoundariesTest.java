package ua.fakh.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of ARCHITECTURE.md and STYLE.md that Maven cannot see, as sentences. (Maven already
 * refuses a module that depends upwards or in a cycle.) Micronaut's generated {@code $...$Definition}
 * classes are left out: they wire a module's own internals by design.
 */
class ModuleBoundariesTest {
    /** {@code ua.fakh.<module>.plugins.<type>_<name>}: one plugin's package (and below). */
    static final Pattern PLUGIN_PACKAGE = Pattern.compile("ua\\.fakh\\.(\\w+)\\.plugins\\.([a-z][a-z0-9]*_[a-z0-9_]+)(\\..*)?");
    static final Pattern MODULE_PACKAGE = Pattern.compile("ua\\.fakh\\.(\\w+)\\.(\\w+)(\\..*)?");
    static JavaClasses fakh;

    @BeforeAll
    static void importClasses() {
        fakh = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // other modules' test classes
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
        noClasses().that(inAPlugin())
                .should().dependOnClassesThat().resideInAPackage("ua.fakh..internal..")
                .check(fakh);
    }

    @Test
    void packages_inside_a_module_have_no_cycles() {
        slices().assignedFrom(featurePackages()).should().beFreeOfCycles()
                .because("a feature package is a room: its neighbours may use it, or it them, not both")
                .check(fakh);
    }

    @Test
    void domain_packages_never_depend_on_a_plugin() {
        noClasses().that(not(inAPlugin()))
                .should().dependOnClassesThat(inAPlugin())
                .because("the domain asks an SPI and its registry; a plugin can be switched off or swapped for a jar")
                .check(fakh);
    }

    @Test
    void no_plugin_depends_on_another_plugin() {
        slices().assignedFrom(plugins()).should().notDependOnEachOther()
                .because("plugins meet only through SPIs, so any one of them can be removed")
                .check(fakh);
    }

    @Test
    void the_import_found_the_application() {
        org.assertj.core.api.Assertions.assertThat(fakh.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("ua.fakh.core")).anyMatch(p -> p.startsWith("ua.fakh.certificates"))
                .anyMatch(p -> PLUGIN_PACKAGE.matcher(p).matches());
    }

    private static DescribedPredicate<JavaClass> inAPlugin() {
        return DescribedPredicate.describe("reside in a plugin's package (ua.fakh.<module>.plugins.<id>..)",
                c -> PLUGIN_PACKAGE.matcher(c.getPackageName()).matches());
    }

    /** One slice per feature package of a module ({@code ua.fakh.web.quiz}), and one per plugin. */
    private static SliceAssignment featurePackages() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                Matcher plugin = PLUGIN_PACKAGE.matcher(javaClass.getPackageName());
                if (plugin.matches()) {
                    return SliceIdentifier.of(plugin.group(1), "plugins", plugin.group(2));
                }
                Matcher feature = MODULE_PACKAGE.matcher(javaClass.getPackageName());
                return feature.matches() ? SliceIdentifier.of(feature.group(1), feature.group(2)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "feature packages ua.fakh.<module>.<feature> and plugins ua.fakh.<module>.plugins.<id>";
            }
        };
    }

    private static SliceAssignment plugins() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                Matcher plugin = PLUGIN_PACKAGE.matcher(javaClass.getPackageName());
                return plugin.matches() ? SliceIdentifier.of(plugin.group(2)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "plugins ua.fakh.<module>.plugins.<id>";
            }
        };
    }
}
