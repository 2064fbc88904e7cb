package vn.dieuhanh.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Optional;

/**
 * The rules of the workflow module's architecture, checked in every build (docs, architecture):
 * breaking one fails {@code mvn verify}. A feature is the package under {@code vn.dieuhanh};
 * {@code platform} and {@code persistence} are the shared kernel every feature may use.
 */
@AnalyzeClasses(packages = "vn.dieuhanh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] KERNEL = {"vn.dieuhanh.platform..", "vn.dieuhanh.persistence.."};

    /** Camunda 7 has reached its end of life: a move to its fork must stay a change in one package. */
    @ArchTest
    static final ArchRule only_the_engine_package_imports_camunda = noClasses()
            .that()
            .resideOutsideOfPackage("vn.dieuhanh.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("steps are ServiceSteps and history is read through engine.boundary.EngineHistory");

    /** Every class sits in a feature's boundary, control or entity package. */
    @ArchTest
    static final ArchRule classes_sit_in_boundary_control_or_entity = classes()
            .should()
            .resideInAnyPackage("vn.dieuhanh.*.boundary..", "vn.dieuhanh.*.control..", "vn.dieuhanh.*.entity..");

    /** Features call each other, never in a circle: each can be read, changed and tested from below. */
    @ArchTest
    static final ArchRule features_are_free_of_cycles =
            slices().matching("vn.dieuhanh.(*)..").namingSlices("$1").should().beFreeOfCycles();

    /**
     * A feature reaches another only through its boundary (and the records and entities it hands
     * out), never into its logic. Demo code seeds every feature and sits above them all.
     */
    @ArchTest
    static final ArchRule features_meet_at_their_boundaries =
            classes().that().resideOutsideOfPackage("vn.dieuhanh.demo..").should(notReachIntoAnotherFeaturesControl());

    /** The audit trail is a sink: it takes facts from every feature and knows none of them. */
    @ArchTest
    static final ArchRule audit_is_a_sink = noClasses()
            .that()
            .resideInAPackage("vn.dieuhanh.audit..")
            .should()
            .dependOnClassesThat(resideInAPackage("vn.dieuhanh..")
                    .and(resideOutsideOfPackages("vn.dieuhanh.audit..", "vn.dieuhanh.engine.boundary.."))
                    .and(resideOutsideOfPackages(KERNEL)));

    /** Dispatch draws up, signs and numbers what it is given: records, not other features' entities. */
    @ArchTest
    static final ArchRule dispatch_takes_records = noClasses()
            .that()
            .resideInAPackage("vn.dieuhanh.dispatch..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("vn.dieuhanh.*.entity..").and(resideOutsideOfPackages("vn.dieuhanh.dispatch..")));

    /** Entities are the data: they know no boundary and no control (but the shared kernel's). */
    @ArchTest
    static final ArchRule entities_know_no_boundary_or_control = noClasses()
            .that()
            .resideInAPackage("vn.dieuhanh.*.entity..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("vn.dieuhanh.*.boundary..", "vn.dieuhanh.*.control..")
                    .and(resideOutsideOfPackages(KERNEL)));

    /** The engine is below every feature: it knows none of them. */
    @ArchTest
    static final ArchRule the_engine_knows_no_feature = noClasses()
            .that()
            .resideInAPackage("vn.dieuhanh.engine..")
            .should()
            .dependOnClassesThat(resideInAPackage("vn.dieuhanh..")
                    .and(resideOutsideOfPackages("vn.dieuhanh.engine.."))
                    .and(resideOutsideOfPackages(KERNEL)));

    /** JPA entities and embeddables live in entity packages, where the conventions look for them. */
    @ArchTest
    static final ArchRule entities_sit_in_entity_packages = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .or()
            .areAnnotatedWith(Embeddable.class)
            .should()
            .resideInAPackage("vn.dieuhanh.*.entity..");

    /** Entry points (where a transaction begins) are boundaries or, for the engine's plumbing, controls. */
    @ArchTest
    static final ArchRule ejbs_are_boundaries_or_controls = classes()
            .that()
            .areAnnotatedWith(Stateless.class)
            .or()
            .areAnnotatedWith(Singleton.class)
            .should()
            .resideInAnyPackage("vn.dieuhanh.*.boundary..", "vn.dieuhanh.*.control..");

    /** Demo code lives in one package, so a production build can see at a glance what is demo. */
    @ArchTest
    static final ArchRule demo_code_sits_in_the_demo_package = classes()
            .that()
            .haveSimpleNameStartingWith("Demo")
            .or()
            .haveSimpleNameStartingWith("ProvisionDemo")
            .should()
            .resideInAPackage("vn.dieuhanh.demo..");

    /** Used by the web module's rules too: the feature a class belongs to, if it is one of ours. */
    static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("vn.dieuhanh.")) {
            return Optional.empty();
        }
        String rest = name.substring("vn.dieuhanh.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isControl(JavaClass type) {
        return type.getPackageName().matches("vn\\.dieuhanh\\.[a-z]+\\.control(\\..*)?");
    }

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesControl() {
        return new ArchCondition<>("not depend on another feature's control classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = feature(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = feature(target);
                    boolean kernel = other.filter(f -> f.equals("platform") || f.equals("persistence"))
                            .isPresent();
                    if (other.isPresent() && !other.equals(own) && !kernel && isControl(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
