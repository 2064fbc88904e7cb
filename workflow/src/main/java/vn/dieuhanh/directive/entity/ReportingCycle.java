package vn.dieuhanh.directive.entity;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import java.util.Objects;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * When a directive's reports are due, as settings of the directive rather than constants: the
 * first period's start, the period length ({@code P1M} for a month; {@code PT30S} for a test), and
 * the deadlines counted from a period's end: the units' reports, the reminder letter to units
 * still missing, and the consolidated report.
 *
 * <p>A monthly report under Decree 09/2019: periods from the 15th to the 14th
 * ({@code 2024-10-15T00:00+07:00}, {@code P1M}), unit reports due at the period's end, the
 * consolidated report to the Ministry by the end of the 15th.
 *
 * <p>People read a period by its {@link #label label} ("Tháng 11/2026", "Quý IV/2026"); the index
 * is for machines. A cycle has at most {@link #MAX_PERIODS} periods.
 */
public record ReportingCycle(
        OffsetDateTime firstPeriodStart,
        String periodLength,
        String unitDeadlineAfterEnd,
        String reminderLetterAfterDeadline,
        String consolidationDeadlineAfterEnd,
        OffsetDateTime endAt) {

    /** More would be a mistake (seconds over years), and every period is a task per unit. */
    public static final int MAX_PERIODS = 500;

    /** The language of the labels when none is asked for. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ZoneId VIETNAM = CityTime.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN_QUARTERS = {"I", "II", "III", "IV"};

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
        // Checked before anything counts periods: counting walks them one by one.
        if (!reachesEnd(firstPeriodStart, periodLength, endAt, MAX_PERIODS)) {
            throw new IllegalArgumentException("Chu kỳ báo cáo có quá " + MAX_PERIODS
                    + " kỳ; hãy chọn kỳ dài hơn hoặc ngày kết thúc sớm hơn. / The cycle has more than " + MAX_PERIODS
                    + " periods; choose longer periods or an earlier end.");
        }
        try {
            // The last period's deadlines are the latest moments the cycle computes.
            OffsetDateTime lastEnd =
                    startOf(firstPeriodStart, periodLength, count(firstPeriodStart, periodLength, endAt));
            lastEnd.plus(amount(unitDeadlineAfterEnd)).plus(amount(reminderLetterAfterDeadline));
            lastEnd.plus(amount(consolidationDeadlineAfterEnd));
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Thời hạn của chu kỳ báo cáo vượt quá lịch. / The cycle's dates fall" + " outside the calendar.");
        }
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

    /** At most {@link #MAX_PERIODS}, which the constructor made sure of. */
    public int periodCount() {
        return count(firstPeriodStart, periodLength, endAt);
    }

    private static int count(OffsetDateTime firstStart, String length, OffsetDateTime endAt) {
        int count = 0;
        while (!reachesEnd(firstStart, length, endAt, count)) {
            count++;
        }
        return count;
    }

    /** Whether period {@code index} would start at or after the end; a start beyond the calendar is. */
    private static boolean reachesEnd(OffsetDateTime firstStart, String length, OffsetDateTime endAt, int index) {
        try {
            return !startOf(firstStart, length, index).isBefore(endAt);
        } catch (DateTimeException | ArithmeticException beyondTheCalendar) {
            return true;
        }
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
        return startOf(firstPeriodStart, periodLength, index);
    }

    private static OffsetDateTime startOf(OffsetDateTime firstStart, String periodLength, int index) {
        TemporalAmount length = amount(periodLength);
        // Always counted from the first start (15 Oct + 2 months = 15 Dec), never from the
        // previous end, so short months cannot shift the day on which periods begin.
        if (length instanceof Period period) {
            return firstStart.plus(period.multipliedBy(index));
        }
        return firstStart.plus(((Duration) length).multipliedBy(index));
    }

    /**
     * Refuses periods shorter than this (the server's setting: a day in service, seconds for the
     * system tests). Measured from the first start, so a month is the month the cycle begins with.
     */
    public void requirePeriodsOfAtLeast(TemporalAmount minimum) {
        if (startOf(1).isBefore(firstPeriodStart.plus(minimum))) {
            throw new IllegalArgumentException("Mỗi kỳ báo cáo phải dài ít nhất " + spoken(minimum, true)
                    + ". / Each period must last at least " + spoken(minimum, false) + ".");
        }
    }

    /** A setting as a person says it: "1 ngày", "30 giây"; an unusual one as written. */
    private static String spoken(TemporalAmount amount, boolean vietnamese) {
        if (amount instanceof Period period) {
            return period.getYears() == 0 && period.getMonths() == 0
                    ? quantity(period.getDays(), vietnamese ? "ngày" : "day", vietnamese)
                    : period.toString();
        }
        Duration duration = (Duration) amount;
        if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            return duration.toNanosPart() == 0
                    ? quantity(duration.toSeconds(), vietnamese ? "giây" : "second", vietnamese)
                    : duration.toString();
        }
        return duration.toMinutesPart() != 0
                ? quantity(duration.toMinutes(), vietnamese ? "phút" : "minute", vietnamese)
                : quantity(duration.toHours(), vietnamese ? "giờ" : "hour", vietnamese);
    }

    private static String quantity(long n, String unit, boolean vietnamese) {
        return n + " " + unit + (vietnamese || n == 1 ? "" : "s");
    }

    /** The period as officials name it, in Vietnamese: "Tháng 11/2026", "Quý IV/2026". */
    public String label(int index) {
        return label(index, VIETNAMESE);
    }

    /**
     * The period as officials name it, in Vietnamese, or in English for any other language.
     *
     * <p>Decree 09/2019/NĐ-CP cuts the data off on the 14th: November's report covers 15 October to
     * 14 November. So a calendar label names the month, quarter, half or year in which the
     * period's window ends, read at its last moment in Vietnam's time (the end itself is exclusive
     * and already belongs to the next period). Monthly, quarterly, half-yearly and yearly lengths
     * get calendar labels; a cycle of one period of another length is "the single period" with its
     * due date; any other length is numbered with its dates.
     */
    public String label(int index, Locale locale) {
        ReportingPeriod period = period(index);
        boolean vietnamese = locale == null || "vi".equals(locale.getLanguage());
        ZonedDateTime last = lastMoment(period.end());
        int year = last.getYear();
        int month = last.getMonthValue();
        switch (calendarMonths()) {
            case 1:
                return vietnamese
                        ? "Tháng " + month + "/" + year
                        : last.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            case 3:
                int quarter = (month - 1) / 3 + 1;
                return vietnamese ? "Quý " + ROMAN_QUARTERS[quarter - 1] + "/" + year : "Q" + quarter + " " + year;
            case 6:
                boolean first = month <= 6;
                return vietnamese
                        ? "6 tháng " + (first ? "đầu" : "cuối") + " năm " + year
                        : (first ? "First" : "Second") + " half of " + year;
            case 12:
                return (vietnamese ? "Năm " : "Year ") + year;
            default:
                break;
        }
        if (periodCount() == 1) {
            String due = DAY.format(lastMoment(period.unitDeadline()));
            return vietnamese ? "Kỳ báo cáo duy nhất (hạn " + due + ")" : "Single period (due " + due + ")";
        }
        String days = DAY.format(period.start().atZoneSameInstant(VIETNAM)) + " - " + DAY.format(last);
        return (vietnamese ? "Kỳ " : "Period ") + (index + 1) + " (" + days + ")";
    }

    /** Whether labels name calendar months, quarters, halves or years (rather than days or a due date). */
    public boolean calendarLabels() {
        return calendarMonths() != 0;
    }

    /** 1, 3, 6 or 12 for a calendar length ({@code P1M}, {@code P3M}, {@code P6M}, {@code P1Y}); 0 otherwise. */
    private int calendarMonths() {
        if (amount(periodLength) instanceof Period period && period.getDays() == 0) {
            long months = period.toTotalMonths();
            return months == 1 || months == 3 || months == 6 || months == 12 ? (int) months : 0;
        }
        return 0;
    }

    /** The last moment before an exclusive end: a period ending 15/11 00:00 ends on 14/11. */
    private static ZonedDateTime lastMoment(OffsetDateTime exclusiveEnd) {
        return exclusiveEnd.minusNanos(1).atZoneSameInstant(VIETNAM);
    }

    /** ISO 8601: a date-based period ({@code P1M}, {@code P0D}) or a time-based duration ({@code PT30S}). */
    public static TemporalAmount amount(String iso) {
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
