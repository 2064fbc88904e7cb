package vn.dieuhanh.directive.entity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Objects;

/**
 * When a directive's reports are due, as settings of the directive rather than constants: the
 * first period's start, the period length ({@code P1M} for a month; {@code PT30S} for a test), and
 * the deadlines counted from a period's end: the units' reports, the reminder letter to units
 * still missing, and the consolidated report.
 *
 * <p>A monthly report under Decree 09/2019: periods from the 15th to the 14th
 * ({@code 2024-10-15T00:00+07:00}, {@code P1M}), unit reports due at the period's end, the
 * consolidated report to the Ministry by the end of the 15th.
 */
public record ReportingCycle(
        OffsetDateTime firstPeriodStart,
        String periodLength,
        String unitDeadlineAfterEnd,
        String reminderLetterAfterDeadline,
        String consolidationDeadlineAfterEnd,
        OffsetDateTime endAt) {

    public ReportingCycle {
        Objects.requireNonNull(firstPeriodStart, "firstPeriodStart");
        Objects.requireNonNull(endAt, "endAt");
        if (!endAt.isAfter(firstPeriodStart)) {
            throw new IllegalArgumentException("Ngày kết thúc phải sau ngày bắt đầu kỳ báo cáo đầu tiên."
                    + " / The end must come after the first period's start.");
        }
        if (isZero(amount(periodLength))) {
            throw new IllegalArgumentException(
                    "Độ dài kỳ báo cáo phải lớn hơn 0. / The period length must be positive.");
        }
        amount(unitDeadlineAfterEnd);
        amount(reminderLetterAfterDeadline);
        amount(consolidationDeadlineAfterEnd);
    }

    /** One reporting period and its deadlines. */
    public record ReportingPeriod(
            int index,
            OffsetDateTime start,
            OffsetDateTime end,
            OffsetDateTime unitDeadline,
            OffsetDateTime reminderLetterAt,
            OffsetDateTime consolidationDeadline,
            boolean last) {}

    public int periodCount() {
        int count = 0;
        while (startOf(count).isBefore(endAt)) {
            count++;
        }
        return count;
    }

    public ReportingPeriod period(int index) {
        if (index < 0 || index >= periodCount()) {
            throw new IllegalArgumentException("No period " + index + " in this cycle");
        }
        OffsetDateTime start = startOf(index);
        OffsetDateTime end = startOf(index + 1);
        OffsetDateTime unitDeadline = end.plus(amount(unitDeadlineAfterEnd));
        return new ReportingPeriod(
                index,
                start,
                end,
                unitDeadline,
                unitDeadline.plus(amount(reminderLetterAfterDeadline)),
                end.plus(amount(consolidationDeadlineAfterEnd)),
                index == periodCount() - 1);
    }

    /** The period a unit starts with when it receives the task at this moment: the current one. */
    public ReportingPeriod periodAt(OffsetDateTime moment) {
        int count = periodCount();
        for (int index = count - 1; index >= 0; index--) {
            if (!startOf(index).isAfter(moment)) {
                return period(index);
            }
        }
        return period(0);
    }

    /**
     * Where period {@code index} starts; a negative index gives the windows of the same shape
     * before the first period, which a trend shows as the baseline the directive started from.
     */
    public OffsetDateTime startOf(int index) {
        TemporalAmount length = amount(periodLength);
        // Always counted from the first start (15 Oct + 2 months = 15 Dec), never from the
        // previous end, so short months cannot shift the day on which periods begin.
        if (length instanceof Period period) {
            return firstPeriodStart.plus(period.multipliedBy(index));
        }
        return firstPeriodStart.plus(((Duration) length).multipliedBy(index));
    }

    /** ISO 8601: a date-based period ({@code P1M}, {@code P0D}) or a time-based duration ({@code PT30S}). */
    static TemporalAmount amount(String iso) {
        Objects.requireNonNull(iso, "duration");
        try {
            return Period.parse(iso);
        } catch (DateTimeParseException notAPeriod) {
            try {
                return Duration.parse(iso);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Thời hạn không đúng định dạng ISO 8601 (ví dụ P1M, P1D, PT12H): "
                        + iso + " / Not an ISO 8601 duration (for example P1M, P1D, PT12H): " + iso);
            }
        }
    }

    private static boolean isZero(TemporalAmount amount) {
        return amount instanceof Period period
                ? period.isZero() || period.isNegative()
                : ((Duration) amount).isZero() || ((Duration) amount).isNegative();
    }
}
