package vn.dieuhanh.platform.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * A deadline as an official reads it: "trước 23:59 ngày 14/12/2026". A deadline at midnight is the
 * end of the day before, not "15/12/2026 00:00", which people read as "during the 15th"; every
 * time is the city's (Asia/Ho_Chi_Minh), whatever offset the engine stored.
 */
@Named
@ApplicationScoped
public class Deadlines {

    static final ZoneId ZONE = CityTime.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The deadline in the page's language ("deadline.before" of the messages); empty for none. */
    public String label(OffsetDateTime due) {
        if (due == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces == null
                ? "trước {0} ngày {1}"
                : faces.getApplication().getResourceBundle(faces, "msg").getString("deadline.before");
        return format(due, pattern);
    }

    /** {@code pattern} with the last minute allowed ({0}, HH:mm) and its day ({1}, dd/MM/yyyy). */
    static String format(OffsetDateTime due, String pattern) {
        ZonedDateTime local = due.atZoneSameInstant(ZONE);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            local = local.minusMinutes(1);
        }
        return MessageFormat.format(pattern, TIME.format(local), DAY.format(local));
    }
}
