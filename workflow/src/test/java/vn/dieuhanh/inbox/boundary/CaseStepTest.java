package vn.dieuhanh.inbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.engine.boundary.FinishedStep;

class CaseStepTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2027-03-01T09:00+07:00");

    private static FinishedStep step(Map<String, Object> written) {
        return new FinishedStep("reviewDraft", "Xem xét dự thảo", "lan", AT, AT.plusHours(1), written);
    }

    @Test
    void aReturnCarriesItsReason() {
        CaseStep step = CaseStep.of(step(Map.of("approved", false, "returnReason", "Thiếu số liệu")));

        assertThat(step.approved()).isFalse();
        assertThat(step.reason()).isEqualTo("Thiếu số liệu");
        assertThat(step.note()).isNull();
        assertThat(step.by()).isEqualTo("lan");
    }

    @Test
    void blankWordsAndOtherValuesAreNoDecision() {
        Map<String, Object> written = new HashMap<>();
        written.put("approved", "yes");
        written.put("returnReason", " ");
        written.put("opinion", null);
        CaseStep step = CaseStep.of(step(written));

        assertThat(step.approved()).isNull();
        assertThat(step.reason()).isNull();
        assertThat(step.note()).isNull();
    }

    @Test
    void aLeadersOpinionIsTheNote() {
        assertThat(CaseStep.of(step(Map.of("opinion", "Giao Sở Y tế chủ trì"))).note())
                .isEqualTo("Giao Sở Y tế chủ trì");
    }
}
