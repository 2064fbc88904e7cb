package vn.dieuhanh.ispeed.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.dieuhanh.ispeed.boundary.OperatorPoint;
import vn.dieuhanh.ispeed.control.MonthlyFigures.UnitCount;

/**
 * The figures of several consecutive reporting periods at once, for the trend a dashboard draws:
 * per period the samples per unit (rolled up the org chart) and per operator and technology the
 * count, mean download and share at or above the threshold.
 *
 * <p>Each figure is one grouped query over the whole span: a {@code CASE} on the day (or on {@code
 * measured_at}) puts each day's figures (or each sample) in its period, so the database reads the
 * range once and returns only the grouped rows (periods times operators, periods times units),
 * never the samples. Periods of whole local days, as every directive's are, read the day figures
 * the imports keep ({@link SampleDays}). The periods
 * are the directive's, so a 15th-to-14th cycle is a 15th-to-14th trend.
 */
public final class FiguresTrend {

    /**
     * One period of the trend.
     *
     * @param units own and rolled-up counts by unit code, for every unit with samples and those above
     */
    public record Point(
            int index,
            OffsetDateTime from,
            OffsetDateTime to,
            long samples,
            Map<String, UnitCount> units,
            List<OperatorPoint> operators) {

        /** A unit's rolled-up count; zero for a unit without samples. */
        public long totalOf(String unit) {
            UnitCount count = units.get(unit);
            return count == null ? 0 : count.total();
        }
    }

    private final Connection connection;
    private final Function<String, String> parentOf;

    /** @param parentOf a unit's parent unit code, or null at the top, as for {@link MonthlyFigures} */
    public FiguresTrend(Connection connection, Function<String, String> parentOf) {
        this.connection = Objects.requireNonNull(connection);
        this.parentOf = Objects.requireNonNull(parentOf);
    }

    /**
     * The figures of the periods between consecutive boundaries: {@code n + 1} ascending instants
     * make {@code n} periods {@code [b0, b1), [b1, b2), ...}, each starting where the previous ends.
     */
    public List<Point> compute(List<OffsetDateTime> boundaries, double thresholdMbps) throws SQLException {
        if (boundaries.size() < 2) {
            throw new IllegalArgumentException("A trend needs at least one period: two boundaries");
        }
        for (int i = 1; i < boundaries.size(); i++) {
            if (!boundaries.get(i - 1).isBefore(boundaries.get(i))) {
                throw new IllegalArgumentException("The periods of a trend must follow one another: "
                        + boundaries.get(i - 1) + " .. " + boundaries.get(i));
            }
        }
        int periods = boundaries.size() - 1;
        List<Map<String, Long>> own = new ArrayList<>();
        List<List<OperatorPoint>> operators = new ArrayList<>();
        long[] samples = new long[periods];
        for (int i = 0; i < periods; i++) {
            own.add(new HashMap<>());
            operators.add(new ArrayList<>());
        }
        // Whole local days (every directive's periods) are counted from the day figures the imports
        // keep; the share at a fractional threshold needs the samples themselves.
        boolean days = boundaries.stream().allMatch(MonthlyFigures::isLocalMidnight)
                && thresholdMbps == Math.floor(thresholdMbps);
        String time = days ? "sample_day" : "measured_at";
        List<Object> bounds =
                days ? boundaries.stream().<Object>map(MonthlyFigures::localDay).toList() : List.copyOf(boundaries);
        // The attribution (credited unit, else the place's unit) is done by the database too.
        String units = days
                ? "SELECT w, CASE WHEN credited_unit = '' THEN place_code ELSE credited_unit END, SUM(samples)"
                        + " FROM (SELECT " + bucket(periods, time) + " AS w, place_code, credited_unit, samples"
                        + " FROM dh_sample_day_place WHERE sample_day >= ? AND sample_day < ?) s"
                        + " GROUP BY w, CASE WHEN credited_unit = '' THEN place_code ELSE credited_unit END"
                : "SELECT w, COALESCE(credited_unit, place_code), COUNT(*) FROM (SELECT " + bucket(periods, time)
                        + " AS w, place_code, credited_unit FROM dh_sample WHERE measured_at >= ? AND measured_at < ?) s"
                        + " GROUP BY w, COALESCE(credited_unit, place_code)";
        try (PreparedStatement query = connection.prepareStatement(units)) {
            int next = bind(query, 1, bounds);
            query.setObject(next, bounds.get(0));
            query.setObject(next + 1, bounds.get(periods));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int w = rows.getInt(1);
                    own.get(w).merge(rows.getString(2), rows.getLong(3), Long::sum);
                    samples[w] += rows.getLong(3);
                }
            }
        }
        String byOperator = days
                ? "SELECT w, operator_name, technology, SUM(samples), SUM(download_sum) / SUM(samples),"
                        + " SUM(CASE WHEN bucket >= ? THEN samples ELSE 0 END) FROM (SELECT " + bucket(periods, time)
                        + " AS w, operator_name, technology, bucket, samples, download_sum FROM dh_sample_day_speed"
                        + " WHERE sample_day >= ? AND sample_day < ?) s GROUP BY w, operator_name, technology"
                : "SELECT w, operator_name, technology, COUNT(*), AVG(download_mbps),"
                        + " SUM(CASE WHEN download_mbps >= ? THEN 1 ELSE 0 END) FROM (SELECT " + bucket(periods, time)
                        + " AS w, operator_name, technology, download_mbps FROM dh_sample"
                        + " WHERE measured_at >= ? AND measured_at < ?) s GROUP BY w, operator_name, technology";
        try (PreparedStatement query = connection.prepareStatement(byOperator)) {
            query.setDouble(1, thresholdMbps);
            int next = bind(query, 2, bounds);
            query.setObject(next, bounds.get(0));
            query.setObject(next + 1, bounds.get(periods));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong(4);
                    operators
                            .get(rows.getInt(1))
                            .add(new OperatorPoint(
                                    rows.getString(2),
                                    rows.getString(3),
                                    count,
                                    rows.getDouble(5),
                                    (double) rows.getLong(6) / count));
                }
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            List<OperatorPoint> sorted = new ArrayList<>(operators.get(i));
            // Sorted here, not by the database's collation, so that H2 and PostgreSQL list alike.
            sorted.sort(Comparator.comparing(OperatorPoint::operator).thenComparing(OperatorPoint::technology));
            points.add(new Point(
                    i,
                    boundaries.get(i),
                    boundaries.get(i + 1),
                    samples[i],
                    MonthlyFigures.rollUp(own.get(i), parentOf),
                    List.copyOf(sorted)));
        }
        return points;
    }

    /** {@code CASE WHEN measured_at < ? THEN 0 WHEN ... ELSE n-1 END}: the period a sample (or day) falls in. */
    private static String bucket(int periods, String time) {
        if (periods == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < periods - 1; i++) {
            sql.append(" WHEN ").append(time).append(" < ? THEN ").append(i);
        }
        return sql.append(" ELSE ").append(periods - 1).append(" END").toString();
    }

    /** Binds the inner boundaries of the {@code CASE}; answers the next parameter's position. */
    private static int bind(PreparedStatement query, int first, List<Object> boundaries) throws SQLException {
        int position = first;
        for (int i = 1; i < boundaries.size() - 1; i++) {
            query.setObject(position++, boundaries.get(i));
        }
        return position;
    }
}
