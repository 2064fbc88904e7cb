package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Locale;
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

    private static ReportingCycle cycle(String start, String length, int periods) {
        var first = OffsetDateTime.parse(start);
        var probe = new ReportingCycle(first, length, "P0D", "P3D", "P1D", first.plusSeconds(1));
        return new ReportingCycle(first, length, "P0D", "P3D", "P1D", probe.startOf(periods));
    }

    @Test
    void aMonthIsNamedByTheMonthItsWindowEndsIn() {
        // 15/10 to 14/11 (the decree's window): November's report.
        assertThat(iSpeed.label(0)).isEqualTo("Tháng 11/2024");
        assertThat(iSpeed.label(2)).isEqualTo("Tháng 1/2025");
        assertThat(iSpeed.label(0, Locale.ENGLISH)).isEqualTo("November 2024");
        // A calendar month ends at midnight of the 1st, which already belongs to the next month.
        var calendar = cycle("2026-11-01T00:00+07:00", "P1M", 2);
        assertThat(calendar.label(0)).isEqualTo("Tháng 11/2026");
        assertThat(calendar.label(1, Locale.ENGLISH)).isEqualTo("December 2026");
    }

    @Test
    void theLastMomentIsReadInVietnamsTime() {
        // Ends 30/11 17:30 UTC, which is 01/12 00:30 in Hanoi: the window's last moment is in December there.
        var utc = cycle("2026-10-31T17:30Z", "P1M", 1);
        assertThat(utc.label(0)).isEqualTo("Tháng 12/2026");
    }

    @Test
    void quartersHalvesAndYears() {
        var quarterly = cycle("2025-11-15T00:00+07:00", "P3M", 4);
        assertThat(quarterly.label(0))
                .as("15/11/2025 - 14/02/2026 crosses the year")
                .isEqualTo("Quý I/2026");
        assertThat(quarterly.label(3)).isEqualTo("Quý IV/2026");
        assertThat(quarterly.label(0, Locale.ENGLISH)).isEqualTo("Q1 2026");
        assertThat(quarterly.label(3, Locale.ENGLISH)).isEqualTo("Q4 2026");
        // A calendar quarter (01/10 - 31/12) is the fourth, not the first of the next year.
        assertThat(cycle("2026-10-01T00:00+07:00", "P3M", 1).label(0)).isEqualTo("Quý IV/2026");

        var halves = cycle("2025-12-15T00:00+07:00", "P6M", 2);
        assertThat(halves.label(0)).isEqualTo("6 tháng đầu năm 2026");
        assertThat(halves.label(1)).isEqualTo("6 tháng cuối năm 2026");
        assertThat(halves.label(0, Locale.ENGLISH)).isEqualTo("First half of 2026");
        assertThat(halves.label(1, Locale.ENGLISH)).isEqualTo("Second half of 2026");

        var yearly = cycle("2025-12-15T00:00+07:00", "P1Y", 2);
        assertThat(yearly.label(0)).isEqualTo("Năm 2026");
        assertThat(yearly.label(1, Locale.ENGLISH)).isEqualTo("Year 2027");
        assertThat(cycle("2026-01-01T00:00+07:00", "P12M", 1).label(0)).isEqualTo("Năm 2026");
    }

    @Test
    void aSinglePeriodOfAnotherLengthIsNamedByItsDueDate() {
        var start = OffsetDateTime.parse("2026-10-01T00:00+07:00");
        var end = OffsetDateTime.parse("2026-12-01T00:00+07:00");
        var once = new ReportingCycle(start, Duration.between(start, end).toString(), "P0D", "P3D", "P1D", end);
        // Due at midnight of 01/12: by the end of 30/11.
        assertThat(once.label(0)).isEqualTo("Kỳ báo cáo duy nhất (hạn 30/11/2026)");
        assertThat(once.label(0, Locale.ENGLISH)).isEqualTo("Single period (due 30/11/2026)");
        var later = new ReportingCycle(start, "P61D", "P5D", "P3D", "P1D", end);
        assertThat(later.label(0)).isEqualTo("Kỳ báo cáo duy nhất (hạn 05/12/2026)");
    }

    @Test
    void otherLengthsAreNumberedWithTheirDays() {
        var fortnights = cycle("2026-01-01T00:00+07:00", "P14D", 3);
        assertThat(fortnights.label(2)).isEqualTo("Kỳ 3 (29/01/2026 - 11/02/2026)");
        assertThat(fortnights.label(2, Locale.ENGLISH)).isEqualTo("Period 3 (29/01/2026 - 11/02/2026)");
        assertThat(fortnights.label(0, Locale.forLanguageTag("vi-VN"))).startsWith("Kỳ 1 (01/01/2026");
    }

    @Test
    void atMost500Periods() {
        assertThat(cycle("2026-01-01T00:00+07:00", "P1D", 500).periodCount()).isEqualTo(500);
        var start = OffsetDateTime.parse("2026-01-01T00:00+07:00");
        assertThatThrownBy(() -> new ReportingCycle(start, "P1D", "P0D", "P1D", "P1D", start.plusDays(501)))
                .hasMessageContaining("quá 500 kỳ")
                .hasMessageContaining("more than 500 periods");
        assertThat(new ReportingCycle(start, "PT1S", "PT0S", "PT1S", "PT1S", start.plusSeconds(500)).periodCount())
                .isEqualTo(500);
    }

    @Test
    void aHugeRangeIsRefusedAtOnceRatherThanCounted() {
        var start = OffsetDateTime.parse("2026-01-01T00:00+07:00");
        var farAway = OffsetDateTime.parse("+999999999-12-31T00:00+07:00");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> new ReportingCycle(start, "PT1S", "PT0S", "P1D", "P1D", farAway))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("500");
            assertThatThrownBy(() -> new ReportingCycle(start, "P100000000Y", "P0D", "P1D", "P1D", farAway))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("vượt quá lịch");
            assertThatThrownBy(() -> new ReportingCycle(start, "P1Y", "P999999999Y", "P1D", "P1D", start.plusYears(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the calendar");
        });
    }

    @Test
    void periodsShorterThanTheServersMinimumAreRefused() {
        var start = OffsetDateTime.parse("2026-01-01T00:00+07:00");
        var seconds = new ReportingCycle(start, "PT45S", "PT5S", "PT5S", "PT45S", start.plusSeconds(135));
        assertThatThrownBy(() -> seconds.requirePeriodsOfAtLeast(Period.ofDays(1)))
                .hasMessage("Mỗi kỳ báo cáo phải dài ít nhất 1 ngày. / Each period must last at least 1 day.");
        seconds.requirePeriodsOfAtLeast(Duration.ofSeconds(1));
        assertThatThrownBy(() -> seconds.requirePeriodsOfAtLeast(Duration.ofMinutes(2)))
                .hasMessageContaining("2 phút")
                .hasMessageContaining("2 minutes");
        iSpeed.requirePeriodsOfAtLeast(Period.ofDays(1));
        // February is the shortest month: a monthly cycle starting there is still over 28 days.
        cycle("2026-02-01T00:00+07:00", "P1M", 12).requirePeriodsOfAtLeast(Period.ofDays(28));
    }
}
