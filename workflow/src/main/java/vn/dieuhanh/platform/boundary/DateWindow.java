package vn.dieuhanh.platform.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/**
 * The dates anyone may give: 1990-01-01 to 2100-12-31. Far dates (the year 999999999, 0001-01-01)
 * overflowed the engine, the database and the PDF's calendar into 500s; nothing this office handles
 * lies outside this window.
 */
public final class DateWindow {

    public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    public static final String MESSAGE_VI = "ngày phải trong khoảng 01/01/1990 đến 31/12/2100";
    public static final String MESSAGE_EN = "dates must lie between 1990-01-01 and 2100-12-31";

    private DateWindow() {}

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** For a date or a moment (its own calendar day); other temporals are not dates here. */
    public static boolean contains(Temporal temporal) {
        if (temporal instanceof LocalDate day) {
            return contains(day);
        }
        if (temporal instanceof OffsetDateTime moment) {
            return contains(moment.toLocalDate());
        }
        if (temporal instanceof java.time.LocalDateTime moment) {
            return contains(moment.toLocalDate());
        }
        if (temporal instanceof java.time.ZonedDateTime moment) {
            return contains(moment.toLocalDate());
        }
        return true;
    }
}
