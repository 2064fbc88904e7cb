package vn.dieuhanh.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the workflow module's architecture that hold today, checked in every build (see
 * docs, architecture): breaking one fails {@code mvn verify}. More join as the features are
 * untangled (the issue on the architecture lists what does not hold yet).
 */
@AnalyzeClasses(packages = "vn.dieuhanh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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

    /** Entities are the data: they know no boundary and no control (but the shared kernel's). */
    @ArchTest
    static final ArchRule entities_know_no_boundary_or_control = noClasses()
            .that()
            .resideInAPackage("vn.dieuhanh.*.entity..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("vn.dieuhanh.*.boundary..", "vn.dieuhanh.*.control..")
                    .and(resideOutsideOfPackages("vn.dieuhanh.platform..")));

    /** The engine is below every feature: it knows none of them. */
    @ArchTest
    static final ArchRule the_engine_knows_no_feature = noClasses()
            .that()
            .resideInAPackage("vn.dieuhanh.engine..")
            .should()
            .dependOnClassesThat(resideInAPackage("vn.dieuhanh..")
                    .and(resideOutsideOfPackages("vn.dieuhanh.engine..", "vn.dieuhanh.platform..")));

    /** Demo code lives in one package, so a production build can see at a glance what is demo. */
    @ArchTest
    static final ArchRule demo_code_sits_in_the_demo_package = classes()
            .that()
            .haveSimpleNameStartingWith("Demo")
            .or()
            .haveSimpleNameStartingWith("ProvisionDemo")
            .should()
            .resideInAPackage("vn.dieuhanh.demo..");
}
