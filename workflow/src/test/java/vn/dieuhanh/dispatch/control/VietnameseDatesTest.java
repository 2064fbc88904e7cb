package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2025-01-05, 'Hải Phòng, ngày 05 tháng 01 năm 2025'",
        "2025-02-15, 'Hải Phòng, ngày 15 tháng 02 năm 2025'",
        "2025-07-07, 'Hải Phòng, ngày 07 tháng 7 năm 2025'",
        "2025-11-30, 'Hải Phòng, ngày 30 tháng 11 năm 2025'",
        "2024-12-31, 'Hải Phòng, ngày 31 tháng 12 năm 2024'",
        "2025-10-10, 'Hải Phòng, ngày 10 tháng 10 năm 2025'"
    })
    void days_below_ten_and_january_and_february_take_a_leading_zero(LocalDate date, String expected) {
        assertThat(VietnameseDates.dateLine("Hải Phòng", date)).isEqualTo(expected);
    }

    @Test
    void the_date_line_is_nfc_even_for_a_decomposed_place() {
        String decomposed = Normalizer.normalize("Hải Phòng", Normalizer.Form.NFD);

        String line = VietnameseDates.dateLine(decomposed, LocalDate.of(2025, 1, 5));

        assertThat(line).isEqualTo("Hải Phòng, ngày 05 tháng 01 năm 2025");
        assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1, 01", "9, 09", "10, 10", "12, 12", "123, 123", "0, 00"})
    void numbers_below_ten_take_a_leading_zero(int n, String expected) {
        assertThat(VietnameseDates.number(n)).isEqualTo(expected);
    }

    @Test
    void a_negative_number_is_refused() {
        assertThatThrownBy(() -> VietnameseDates.number(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
