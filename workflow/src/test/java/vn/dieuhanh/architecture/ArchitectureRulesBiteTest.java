package vn.dieuhanh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rules must be able to fail: two fixture features, {@code vn.dieuhanh.fixtureone} and {@code fixturetwo}
 * (test code, outside the main analysis) break them on purpose, and each rule must say so. A rule
 * rewritten so that it can no longer see what it forbids fails here.
 */
class ArchitectureRulesBiteTest {

    private static final JavaClasses FIXTURE =
            new ClassFileImporter().importPackages("vn.dieuhanh.fixtureone", "vn.dieuhanh.fixturetwo");

    @Test
    void aCircleBetweenFeaturesIsFound() {
        EvaluationResult result = ArchitectureTest.features_are_free_of_cycles.evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("fixtureone", "fixturetwo");
    }

    @Test
    void reachingIntoAnotherFeaturesControlIsFound() {
        EvaluationResult result = ArchitectureTest.features_meet_at_their_boundaries.evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        // The constructor call and the method call, both from the boundary of one into the control of two.
        assertThat(result.getFailureReport().getDetails()).hasSize(2).allSatisfy(detail -> assertThat(detail)
                .contains("fixtureone.boundary.Caller", "fixturetwo.control.Inside"));
    }

    @Test
    void theFixtureIsNotPartOfTheApplicationsAnalysis() {
        JavaClasses application = new ClassFileImporter()
                .withImportOption(new com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests())
                .importPackages("vn.dieuhanh");

        assertThat(application.containPackage("vn.dieuhanh.fixtureone")).isFalse();
        assertThat(application.containPackage("vn.dieuhanh.directive.boundary")).isTrue();
    }
}
