package vn.dieuhanh.dashboard.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.platform.boundary.CityTime;

/** Dates as the pages write them, in Vietnam's time: "15/10/2026", a period "15/10/2026 – 14/11/2026". */
@Named("dates")
@ApplicationScoped
public class PeriodDates {

    private static final ZoneId ZONE = CityTime.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A period's first and last day: its end is exclusive, so the last day is the one before it. */
    public String days(OffsetDateTime from, OffsetDateTime to) {
        return day(from) + " – " + day(to.minusNanos(1));
    }

    /**
     * A period as a picker offers it: "Tháng 11/2026: 15/10/2026 – 14/11/2026"; a label that
     * already gives the days or a due date stands alone.
     */
    public String period(DirectiveBoard.PeriodView period) {
        return period.calendar() ? period.label() + ": " + days(period.from(), period.to()) : period.label();
    }

    public String day(OffsetDateTime moment) {
        return moment == null ? "" : DAY.format(moment.atZoneSameInstant(ZONE));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
