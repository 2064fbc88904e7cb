package vn.dieuhanh.platform.boundary;

import java.time.ZoneId;

/**
 * The one time zone of the application: the city's (Vietnam has one). Deadlines, periods, dates on
 * documents and days of measurements are all the city's, whatever zone a server or a database
 * runs in; declared once here instead of in each class that needs it.
 */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private CityTime() {}
}
