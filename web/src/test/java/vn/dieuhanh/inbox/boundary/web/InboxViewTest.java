package vn.dieuhanh.inbox.boundary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxViewTest {

    @Test
    void searchIgnoresCaseAndVietnameseDiacritics() {
        assertThat(InboxView.fold("Báo cáo kết quả ĐO KIỂM tốc độ")).isEqualTo("bao cao ket qua do kiem toc do");
        // Decomposed input (as some keyboards send it) folds the same as composed.
        assertThat(InboxView.fold("Ho\u0302\u0300 so\u031b")).isEqualTo(InboxView.fold("Hồ sơ"));
        assertThat(InboxView.fold(null)).isEmpty();
        assertThat(InboxView.fold("  Sở Y tế  ")).isEqualTo("so y te");
    }
}
