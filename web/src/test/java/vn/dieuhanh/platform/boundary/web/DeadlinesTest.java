package vn.dieuhanh.platform.boundary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final String VI = "trước {0} ngày {1}";

    @Test
    void midnight_is_the_last_minute_of_the_day_before() {
        assertThat(Deadlines.format(OffsetDateTime.parse("2026-12-15T00:00:00+07:00"), VI))
                .isEqualTo("trước 23:59 ngày 14/12/2026");
    }

    @Test
    void other_times_are_shown_as_they_are_in_the_citys_time_zone() {
        assertThat(Deadlines.format(OffsetDateTime.parse("2026-12-15T17:00:00+07:00"), VI))
                .isEqualTo("trước 17:00 ngày 15/12/2026");
        // Stored in UTC by another server: still the city's clock.
        assertThat(Deadlines.format(OffsetDateTime.parse("2026-12-14T17:00:00Z"), VI))
                .isEqualTo("trước 23:59 ngày 14/12/2026");
    }

    @Test
    void the_year_turns_at_midnight_of_the_first_of_january() {
        assertThat(Deadlines.format(OffsetDateTime.parse("2027-01-01T00:00:00+07:00"), "before {0} on {1}"))
                .isEqualTo("before 23:59 on 31/12/2026");
    }
}
