package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.entity.ReportingCycle;

class ReportingCycleTest {

    /** The i-Speed directive: 15th to 14th, units by the end of the period, the Ministry by the 15th. */
    private final ReportingCycle iSpeed = new ReportingCycle(
            OffsetDateTime.parse("2024-10-15T00:00+07:00"),
            "P1M",
            "P0D",
            "P3D",
            "PT23H59M",
            OffsetDateTime.parse("2025-01-15T00:00+07:00"));

    @Test
    void monthlyPeriodsRunFromThe15thToThe14th() {
        assertThat(iSpeed.periodCount()).isEqualTo(3);

        var second = iSpeed.period(1);
        assertThat(second.start()).isEqualTo("2024-11-15T00:00+07:00");
        assertThat(second.end()).isEqualTo("2024-12-15T00:00+07:00");
        assertThat(second.unitDeadline()).isEqualTo("2024-12-15T00:00+07:00");
        assertThat(second.reminderLetterAt()).isEqualTo("2024-12-18T00:00+07:00");
        assertThat(second.consolidationDeadline()).isEqualTo("2024-12-15T23:59+07:00");
        assertThat(second.last()).isFalse();
        assertThat(iSpeed.period(2).last()).isTrue();
    }

    @Test
    void aUnitJoiningLateStartsWithTheCurrentPeriod() {
        assertThat(iSpeed.periodAt(OffsetDateTime.parse("2024-12-01T09:00+07:00"))
                        .index())
                .isEqualTo(1);
        assertThat(iSpeed.periodAt(OffsetDateTime.parse("2024-01-01T09:00+07:00"))
                        .index())
                .as("before the first period: the first")
                .isZero();
    }

    @Test
    void shortCyclesForTestsUseTimeBasedDurations() {
        var cycle = new ReportingCycle(
                OffsetDateTime.parse("2026-01-01T08:00+07:00"),
                "PT30S",
                "PT5S",
                "PT5S",
                "PT10S",
                OffsetDateTime.parse("2026-01-01T08:01:30+07:00"));

        assertThat(cycle.periodCount()).isEqualTo(3);
        assertThat(cycle.period(2).end()).isEqualTo("2026-01-01T08:01:30+07:00");
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        var start = OffsetDateTime.parse("2026-01-01T00:00+07:00");
        assertThatThrownBy(() -> new ReportingCycle(start, "P1M", "P0D", "P1D", "P1D", start.minusDays(1)))
                .hasMessageContaining("Ngày kết thúc phải sau");
        assertThatThrownBy(() -> new ReportingCycle(start, "monthly", "P0D", "P1D", "P1D", start.plusYears(1)))
                .hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> new ReportingCycle(start, "P0D", "P0D", "P1D", "P1D", start.plusYears(1)))
                .hasMessageContaining("lớn hơn 0");
    }
}
