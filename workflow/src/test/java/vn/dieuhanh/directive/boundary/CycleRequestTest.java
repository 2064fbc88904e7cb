package vn.dieuhanh.directive.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The API's cycle: the plain form or the ISO 8601 one, never both, every wrong value refused with its reason. */
class CycleRequestTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-01-15T00:00+07:00");

    private static CycleRequest plain(String frequency, BigDecimal periods, OffsetDateTime deadline) {
        return new CycleRequest(
                START,
                frequency,
                periods,
                deadline,
                BigDecimal.TEN,
                BigDecimal.valueOf(3),
                BigDecimal.valueOf(15),
                null,
                null,
                null,
                null,
                null);
    }

    private static CycleRequest iso(String periodLength) {
        return new CycleRequest(
                START, null, null, null, null, null, null, periodLength, "P0D", "P3D", "P1D", START.plusMonths(3));
    }

    @Test
    void thePlainFormGivesTheCycleOfTheChoice() {
        var quarterly = plain("QUARTERLY", BigDecimal.valueOf(4), null).toCycle();
        assertThat(quarterly.periodLength()).isEqualTo("P3M");
        assertThat(quarterly.unitDeadlineAfterEnd()).isEqualTo("P10D");
        assertThat(quarterly.endAt()).isEqualTo(START.plusYears(1));
        assertThat(quarterly.label(0)).isEqualTo("Quý II/2026");

        var once = plain("once", null, START.plusDays(20)).toCycle();
        assertThat(once.periodCount()).isEqualTo(1);
        assertThat(once.endAt()).isEqualTo(START.plusDays(20));
    }

    @Test
    void theIsoFormStaysAsItWas() {
        assertThat(iso("P1M").toCycle().periodCount()).isEqualTo(3);
        assertThatThrownBy(() -> iso("monthly").toCycle()).hasMessageContaining("ISO 8601");
    }

    @Test
    void bothFormsOrNeitherAreRefused() {
        var both = new CycleRequest(
                START,
                "MONTHLY",
                BigDecimal.ONE,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "P1M",
                null,
                null,
                null,
                null);
        assertThatThrownBy(both::toCycle)
                .hasMessageContaining("không dùng cả hai")
                .hasMessageContaining("not both");
        var neither = new CycleRequest(START, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(neither::toCycle).hasMessageContaining("exactly one of");
    }

    @Test
    void wrongValuesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> plain("WEEKLY", BigDecimal.ONE, null).toCycle())
                .hasMessageContaining("Unknown frequency: WEEKLY");
        assertThatThrownBy(() -> plain("MONTHLY", new BigDecimal("1.5"), null).toCycle())
                .hasMessageContaining("periods must be a whole number");
        assertThatThrownBy(() -> plain("MONTHLY", new BigDecimal("1e40"), null).toCycle())
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> plain("MONTHLY", BigDecimal.valueOf(501), null).toCycle())
                .hasMessageContaining("1 to 500");
        assertThatThrownBy(() -> plain("MONTHLY", BigDecimal.valueOf(12), START.plusDays(3))
                        .toCycle())
                .hasMessageContaining("only for a report made once");
        assertThatThrownBy(() -> new CycleRequest(
                                START,
                                "MONTHLY",
                                BigDecimal.ONE,
                                null,
                                null,
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .toCycle())
                .hasMessageContaining("reportDueDays is missing");
        assertThatThrownBy(() -> new CycleRequest(
                                START, null, null, null, null, null, null, "P1M", "P0D", "P3D", "P1D", null)
                        .toCycle())
                .hasMessageContaining("endAt is missing");
    }
}
