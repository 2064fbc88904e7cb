package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.control.CycleChoice.Frequency;

class CycleChoiceTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2025-12-15T00:00+07:00");

    private static CycleChoice choice(Frequency frequency, Integer periods) {
        return new CycleChoice(frequency, START, periods, null, 10, 3, 15);
    }

    @Test
    void eachFrequencyIsItsCalendarLength() {
        var monthly = choice(Frequency.MONTHLY, 12).toCycle();
        assertThat(monthly.periodLength()).isEqualTo("P1M");
        assertThat(monthly.endAt()).isEqualTo("2026-12-15T00:00+07:00");
        assertThat(monthly.unitDeadlineAfterEnd()).isEqualTo("P10D");
        assertThat(monthly.reminderLetterAfterDeadline()).isEqualTo("P3D");
        assertThat(monthly.consolidationDeadlineAfterEnd()).isEqualTo("P15D");
        assertThat(monthly.label(0)).isEqualTo("Tháng 1/2026");

        var quarterly = choice(Frequency.QUARTERLY, 4).toCycle();
        assertThat(quarterly.periodLength()).isEqualTo("P3M");
        assertThat(quarterly.periodCount()).isEqualTo(4);
        assertThat(quarterly.label(3)).isEqualTo("Quý IV/2026");

        var halves = choice(Frequency.HALF_YEARLY, 2).toCycle();
        assertThat(halves.periodLength()).isEqualTo("P6M");
        assertThat(halves.label(1)).isEqualTo("6 tháng cuối năm 2026");

        var yearly = choice(Frequency.YEARLY, 3).toCycle();
        assertThat(yearly.periodLength()).isEqualTo("P1Y");
        assertThat(yearly.endAt()).isEqualTo("2028-12-15T00:00+07:00");
        assertThat(yearly.label(2)).isEqualTo("Năm 2028");
    }

    @Test
    void onceIsOnePeriodFromTheStartToTheDeadline() {
        var deadline = OffsetDateTime.parse("2026-03-01T00:00+07:00");
        var once = new CycleChoice(Frequency.ONCE, START, null, deadline, 0, 3, 1).toCycle();
        assertThat(once.periodCount()).isEqualTo(1);
        assertThat(once.period(0).end()).isEqualTo(deadline);
        assertThat(once.period(0).unitDeadline()).isEqualTo(deadline);
        assertThat(once.label(0)).isEqualTo("Kỳ báo cáo duy nhất (hạn 28/02/2026)");
        // Minutes are a choice too (the system tests' short cycle).
        var minutes = new CycleChoice(Frequency.ONCE, START, 1, START.plusMinutes(31), 0, 1, 1).toCycle();
        assertThat(minutes.periodLength()).isEqualTo("PT31M");
    }

    @Test
    void frequenciesAreReadByName() {
        assertThat(Frequency.parse(" half_yearly ")).isEqualTo(Frequency.HALF_YEARLY);
        assertThatThrownBy(() -> Frequency.parse("WEEKLY"))
                .hasMessageContaining("không hợp lệ: WEEKLY")
                .hasMessageContaining("MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, ONCE");
        assertThatThrownBy(() -> Frequency.parse(" ")).hasMessageContaining("The frequency is required");
    }

    @Test
    void wrongChoicesAreRefusedWithAReason() {
        assertThatThrownBy(() -> choice(Frequency.MONTHLY, null).toCycle()).hasMessageContaining("từ 1 đến 500");
        assertThatThrownBy(() -> choice(Frequency.MONTHLY, 0).toCycle()).hasMessageContaining("1 to 500");
        assertThatThrownBy(() -> choice(Frequency.MONTHLY, 501).toCycle()).hasMessageContaining("1 to 500");
        assertThatThrownBy(() -> choice(Frequency.YEARLY, Integer.MAX_VALUE).toCycle())
                .hasMessageContaining("1 to 500");
        assertThatThrownBy(() -> choice(null, 12).toCycle()).hasMessageContaining("tần suất");
        assertThatThrownBy(() -> new CycleChoice(Frequency.MONTHLY, null, 12, null, 0, 3, 1).toCycle())
                .hasMessageContaining("first period's start");
        assertThatThrownBy(() -> new CycleChoice(Frequency.MONTHLY, START, 12, null, -1, 3, 1).toCycle())
                .hasMessageContaining("The report deadline must be 0 to 366 days");
        assertThatThrownBy(() -> new CycleChoice(Frequency.MONTHLY, START, 12, null, 0, 367, 1).toCycle())
                .hasMessageContaining("reminder letter");
        assertThatThrownBy(() -> new CycleChoice(Frequency.MONTHLY, START, 12, START.plusDays(9), 0, 3, 1).toCycle())
                .hasMessageContaining("only for a report made once");
        assertThatThrownBy(() -> new CycleChoice(Frequency.ONCE, START, null, null, 0, 3, 1).toCycle())
                .hasMessageContaining("needs its deadline");
        assertThatThrownBy(() -> new CycleChoice(Frequency.ONCE, START, 3, START.plusDays(9), 0, 3, 1).toCycle())
                .hasMessageContaining("one period");
        assertThatThrownBy(() -> new CycleChoice(Frequency.ONCE, START, null, START, 0, 3, 1).toCycle())
                .hasMessageContaining("after the start");
    }
}
