package vn.dieuhanh.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Set;

/**
 * The rules of the web module, checked in every build: its classes are the features' web
 * boundaries (pages, resources, servlets) in their own {@code boundary.web} packages, so no
 * package is split between the WAR and the EJB jar; they see only boundaries, never Camunda.
 */
@AnalyzeClasses(locations = WebArchitectureTest.WarClasses.class)
class WebArchitectureTest {

    /** The WAR's own classes (this module's output), not the workflow module's on the class path. */
    static final class WarClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(Path.of("target", "classes")));
        }
    }

    private static final String WEB = "vn.dieuhanh.*.boundary.web..";

    @ArchTest
    static final ArchRule the_web_sits_in_boundaries = classes()
            .that()
            .resideInAPackage("vn.dieuhanh..")
            .should()
            .resideInAPackage(WEB)
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_web_does_not_import_camunda = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("the engine is reached only through vn.dieuhanh.engine.boundary");

    /**
     * Pages, resources and servlets see the features' boundaries and the records they hand out,
     * never an entity or a control: every write then passes a boundary that audits it.
     */
    @ArchTest
    static final ArchRule the_web_sees_only_boundaries = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.dieuhanh.*.entity..", "vn.dieuhanh.*.control..");
}
