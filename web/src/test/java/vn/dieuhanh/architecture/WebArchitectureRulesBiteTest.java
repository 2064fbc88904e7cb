package vn.dieuhanh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The web's rule must be able to fail: a fixture page (test code) holds an entity on purpose. */
class WebArchitectureRulesBiteTest {

    @Test
    void aPageThatHoldsAnEntityIsFound() {
        EvaluationResult result = WebArchitectureTest.the_web_sees_only_boundaries.evaluate(
                new ClassFileImporter().importPackages("vn.dieuhanh.fixtureweb"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("PageThatReachesAnEntity", "OfficialDocument");
    }
}
