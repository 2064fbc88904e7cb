package vn.dieuhanh.directive.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dieuhanh.directive.entity.ReportingCycle;

/**
 * A reporting cycle as a leader chooses it: how often, how many times (or, once, until when),
 * from when, and deadlines in days. People say "quarterly, four times, ten days after", not
 * {@code P3M}; this turns their choice into the {@link ReportingCycle} the process runs on.
 *
 * @param periods how many periods; for {@link Frequency#ONCE} none (or 1)
 * @param deadline for {@link Frequency#ONCE} only: the single period runs from the start to here
 */
public record CycleChoice(
        Frequency frequency,
        OffsetDateTime firstPeriodStart,
        Integer periods,
        OffsetDateTime deadline,
        int reportDueDays,
        int reminderLetterDays,
        int consolidationDueDays) {

    /** A deadline later than a year after the period is no deadline. */
    public static final int MAX_DAYS = 366;

    /** How often units report. */
    public enum Frequency {
        MONTHLY(1),
        QUARTERLY(3),
        HALF_YEARLY(6),
        YEARLY(12),
        ONCE(0);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        /** The name as the API takes it, any case; anything else is refused with the choices. */
        public static Frequency parse(String name) {
            String choices = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(
                        "Cần chọn tần suất báo cáo (" + choices + "). / The frequency is required (" + choices + ").");
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("Tần suất báo cáo không hợp lệ: " + name + " (chọn một trong "
                        + choices + "). / Unknown frequency: " + name + " (one of " + choices + ").");
            }
        }
    }

    public ReportingCycle toCycle() {
        if (frequency == null) {
            throw new IllegalArgumentException("Cần chọn tần suất báo cáo. / The frequency is required.");
        }
        if (firstPeriodStart == null) {
            throw new IllegalArgumentException("Cần ngày bắt đầu kỳ đầu tiên. / The first period's start is required.");
        }
        days(reportDueDays, "Hạn báo cáo của đơn vị", "The report deadline");
        days(reminderLetterDays, "Hạn gửi văn bản đôn đốc", "The reminder letter");
        days(consolidationDueDays, "Hạn báo cáo tổng hợp", "The consolidated report deadline");
        String unitDeadline = Period.ofDays(reportDueDays).toString();
        String reminderLetter = Period.ofDays(reminderLetterDays).toString();
        String consolidation = Period.ofDays(consolidationDueDays).toString();
        if (frequency == Frequency.ONCE) {
            if (periods != null && periods != 1) {
                throw new IllegalArgumentException("Báo cáo một lần chỉ có một kỳ; hãy bỏ số kỳ. / A report made once"
                        + " has one period; leave the number of periods out.");
            }
            if (deadline == null) {
                throw new IllegalArgumentException(
                        "Báo cáo một lần cần hạn báo cáo. / A report made once needs its deadline.");
            }
            if (!deadline.isAfter(firstPeriodStart)) {
                throw new IllegalArgumentException(
                        "Hạn báo cáo phải sau ngày bắt đầu. / The deadline must come after the start.");
            }
            // One period exactly as long as the leader chose, whatever the months in between.
            return new ReportingCycle(
                    firstPeriodStart,
                    Duration.between(firstPeriodStart, deadline).toString(),
                    unitDeadline,
                    reminderLetter,
                    consolidation,
                    deadline);
        }
        if (deadline != null) {
            throw new IllegalArgumentException("Hạn báo cáo riêng chỉ dùng khi báo cáo một lần; chu kỳ định kỳ cần số"
                    + " kỳ. / A single deadline is only for a report made once; a periodic cycle takes a number of"
                    + " periods.");
        }
        if (periods == null || periods < 1 || periods > ReportingCycle.MAX_PERIODS) {
            throw new IllegalArgumentException("Số kỳ báo cáo phải từ 1 đến " + ReportingCycle.MAX_PERIODS
                    + ". / The number of periods must be 1 to " + ReportingCycle.MAX_PERIODS + ".");
        }
        Period length = Period.ofMonths(frequency.months).normalized();
        return new ReportingCycle(
                firstPeriodStart,
                length.toString(),
                unitDeadline,
                reminderLetter,
                consolidation,
                firstPeriodStart.plus(length.multipliedBy(periods)));
    }

    private static void days(int days, String vietnamese, String english) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(vietnamese + " phải từ 0 đến " + MAX_DAYS + " ngày. / " + english
                    + " must be 0 to " + MAX_DAYS + " days.");
        }
    }
}
