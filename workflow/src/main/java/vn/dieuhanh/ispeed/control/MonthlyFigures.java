package vn.dieuhanh.ispeed.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.dieuhanh.ispeed.boundary.OperatorFigure;
import vn.dieuhanh.ispeed.boundary.PlaceCount;
import vn.dieuhanh.ispeed.boundary.Shortfall;
import vn.dieuhanh.ispeed.boundary.UnitTarget;

/**
 * The figures of a reporting period over the stored i-Speed samples: samples per unit (own and
 * rolled up the organisation chart), per place, per operator and technology, and the units short
 * of a directive's target.
 *
 * <p>The period is the directive's window {@code [from, to)}: a sample measured exactly at {@code
 * from} counts, one at {@code to} belongs to the next period. Instants are compared as instants,
 * so the offset the window is written in does not matter.
 *
 * <p>The database does the counting; only the small grouped result comes back, and the org chart
 * roll-up is done here because the chart lives in the identity server, not in the database. A
 * window from one local midnight to another (every reporting period) is counted from the day
 * figures each import keeps ({@link SampleDays}): a few thousand rows instead of every sample, and
 * the median read from the one download bucket that holds it. Any other window counts the samples
 * themselves; both give the same figures (a test holds them to it).
 */
public final class MonthlyFigures {

    /** The i-Speed directive's 4G download target, in Mbps: the default share threshold. */
    public static final double DEFAULT_THRESHOLD_MBPS = 40.0;

    /** Depth beyond which a parent chain is taken to be a cycle: no real org chart is that deep. */
    private static final int MAX_DEPTH = 64;

    /**
     * Samples counted for a unit in the period.
     *
     * @param own the samples attributed to the unit itself (credited to it, or measured at its
     *     place and credited to nobody)
     * @param total own plus those of every unit under it
     */
    public record UnitCount(String unitCode, long own, long total) {}

    /** All figures of one period, from two queries; targets are then checked without the database. */
    public record Figures(
            OffsetDateTime from,
            OffsetDateTime to,
            Map<String, UnitCount> units,
            List<PlaceCount> places,
            List<OperatorFigure> operators) {

        public List<UnitTarget> unitsAgainstTarget(List<String> recipients, long target) {
            return MonthlyFigures.againstTarget(units, recipients, target);
        }

        public List<Shortfall> shortfalls(List<String> recipients, long target) {
            return MonthlyFigures.shortfallsOf(units, recipients, target);
        }
    }

    private final Connection connection;
    private final Function<String, String> parentOf;
    private final boolean fromDays;

    /**
     * @param parentOf a unit's parent unit code, or null at the top (and for codes the chart does
     *     not know: their samples then count for themselves only)
     */
    public MonthlyFigures(Connection connection, Function<String, String> parentOf) {
        this(connection, parentOf, true);
    }

    /** With {@code fromDays} false, every window counts the samples themselves (the tests' reference). */
    MonthlyFigures(Connection connection, Function<String, String> parentOf, boolean fromDays) {
        this.connection = Objects.requireNonNull(connection);
        this.parentOf = Objects.requireNonNull(parentOf);
        this.fromDays = fromDays;
    }

    /** Every figure of the period: the grouped count and the operator query, nothing else. */
    public Figures compute(OffsetDateTime from, OffsetDateTime to, double thresholdMbps) throws SQLException {
        List<Group> groups = groups(from, to);
        return new Figures(from, to, rollUp(groups), places(groups), byOperator(from, to, thresholdMbps));
    }

    /** Per unit with samples in the period and every unit above one: own and rolled-up counts, by code. */
    public Map<String, UnitCount> samplesByUnit(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        return rollUp(groups(from, to));
    }

    /** Each listed unit (a directive's recipients, in that order) with its total and the verdict. */
    public List<UnitTarget> unitsAgainstTarget(OffsetDateTime from, OffsetDateTime to, List<String> units, long target)
            throws SQLException {
        return againstTarget(samplesByUnit(from, to), units, target);
    }

    /** The listed units whose total is under the target, in list order: whom to remind. */
    public List<Shortfall> shortfalls(OffsetDateTime from, OffsetDateTime to, List<String> units, long target)
            throws SQLException {
        return shortfallsOf(samplesByUnit(from, to), units, target);
    }

    /** Samples per place code, by code. */
    public List<PlaceCount> byPlace(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        return places(groups(from, to));
    }

    public List<OperatorFigure> byOperator(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        return byOperator(from, to, DEFAULT_THRESHOLD_MBPS);
    }

    /** Per operator and technology, sorted by operator then technology. */
    public List<OperatorFigure> byOperator(OffsetDateTime from, OffsetDateTime to, double thresholdMbps)
            throws SQLException {
        checkWindow(from, to);
        List<OperatorFigure> figures = wholeDays(from, to)
                ? operatorsFromDays(from, to, thresholdMbps)
                : operatorsFromSamples(from, to, thresholdMbps);
        // Sorted here, not by the database's collation, so that H2 and PostgreSQL list alike.
        figures.sort(Comparator.comparing(OperatorFigure::operator).thenComparing(OperatorFigure::technology));
        return figures;
    }

    private List<OperatorFigure> operatorsFromSamples(OffsetDateTime from, OffsetDateTime to, double thresholdMbps)
            throws SQLException {
        // H2 has no ordered-set percentile_cont in every mode, but MEDIAN (which interpolates the same way).
        String median = isH2() ? "MEDIAN(download_mbps)" : "percentile_cont(0.5) WITHIN GROUP (ORDER BY download_mbps)";
        String sql = "SELECT operator_name, technology, COUNT(*), AVG(download_mbps), " + median
                + ", SUM(CASE WHEN download_mbps >= ? THEN 1 ELSE 0 END)"
                + " FROM dh_sample WHERE measured_at >= ? AND measured_at < ?"
                + " GROUP BY operator_name, technology";
        List<OperatorFigure> figures = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setDouble(1, thresholdMbps);
            query.setObject(2, from);
            query.setObject(3, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong(3);
                    figures.add(new OperatorFigure(
                            rows.getString(1),
                            rows.getString(2),
                            count,
                            rows.getDouble(4),
                            rows.getDouble(5),
                            (double) rows.getLong(6) / count));
                }
            }
        }
        return figures;
    }

    /** One operator's and technology's samples of the window per whole Mbps of download. */
    private record Histogram(String operator, String technology, TreeMap<Integer, Long> buckets) {
        long count() {
            return buckets.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private List<OperatorFigure> operatorsFromDays(OffsetDateTime from, OffsetDateTime to, double thresholdMbps)
            throws SQLException {
        Map<List<String>, Histogram> histograms = new HashMap<>();
        Map<List<String>, Double> sums = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT operator_name, technology, bucket,"
                + " SUM(samples), SUM(download_sum) FROM dh_sample_day_speed WHERE sample_day >= ? AND sample_day < ?"
                + " GROUP BY operator_name, technology, bucket")) {
            query.setObject(1, localDay(from));
            query.setObject(2, localDay(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> key = List.of(rows.getString(1), rows.getString(2));
                    histograms
                            .computeIfAbsent(key, k -> new Histogram(k.get(0), k.get(1), new TreeMap<>()))
                            .buckets()
                            .put(rows.getInt(3), rows.getLong(4));
                    sums.merge(key, rows.getDouble(5), Double::sum);
                }
            }
        }
        List<OperatorFigure> figures = new ArrayList<>();
        for (var entry : histograms.entrySet()) {
            Histogram h = entry.getValue();
            long count = h.count();
            figures.add(new OperatorFigure(
                    h.operator(),
                    h.technology(),
                    count,
                    sums.get(entry.getKey()) / count,
                    median(h, count, from, to),
                    (double) atOrAbove(h, thresholdMbps, from, to) / count));
        }
        return figures;
    }

    /**
     * As {@code percentile_cont(0.5)}: the middle sample, or the mean of the two middle ones. The
     * histogram says which bucket(s) hold them and how many samples lie below; only those buckets'
     * samples are read, in download order, from the index.
     */
    private double median(Histogram h, long count, OffsetDateTime from, OffsetDateTime to) throws SQLException {
        long lowRank = (count + 1) / 2; // 1-based ranks of the middle sample(s)
        long highRank = count / 2 + 1;
        long below = 0;
        Integer lowBucket = null;
        long belowLow = 0;
        Integer highBucket = null;
        for (var bucket : h.buckets().entrySet()) {
            long in = bucket.getValue();
            if (lowBucket == null && below + in >= lowRank) {
                lowBucket = bucket.getKey();
                belowLow = below;
            }
            if (below + in >= highRank) {
                highBucket = bucket.getKey();
                break;
            }
            below += in;
        }
        try (PreparedStatement query = inSpeedRange(
                "SELECT download_mbps",
                " ORDER BY download_mbps OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                h,
                lowBucket,
                highBucket + 1.0,
                from,
                to)) {
            query.setLong(7, lowRank - belowLow - 1);
            query.setLong(8, highRank == lowRank ? 1 : 2);
            List<Double> middle = new ArrayList<>(2);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    middle.add(rows.getDouble(1));
                }
            }
            if (middle.size() != (highRank == lowRank ? 1 : 2)) {
                // An import committed between the two reads: count this group from its samples.
                return medianFromSamples(h, from, to);
            }
            return highRank == lowRank ? middle.get(0) : (middle.get(0) + middle.get(1)) / 2;
        }
    }

    private double medianFromSamples(Histogram h, OffsetDateTime from, OffsetDateTime to) throws SQLException {
        return operatorsFromSamples(from, to, DEFAULT_THRESHOLD_MBPS).stream()
                .filter(f -> f.operator().equals(h.operator()) && f.technology().equals(h.technology()))
                .mapToDouble(OperatorFigure::medianDownload)
                .findFirst()
                .orElse(Double.NaN);
    }

    /** Samples at or above the threshold: whole buckets above it, and the part of its own bucket. */
    private long atOrAbove(Histogram h, double thresholdMbps, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        double floor = Math.floor(thresholdMbps);
        long above = h.buckets().tailMap((int) floor, floor == thresholdMbps).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (floor == thresholdMbps || !h.buckets().containsKey((int) floor)) {
            return above;
        }
        try (PreparedStatement query = inSpeedRange("SELECT COUNT(*)", "", h, thresholdMbps, floor + 1, from, to)) {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return above + rows.getLong(1);
            }
        }
    }

    /**
     * A query over one operator's and technology's samples of the window with {@code low <=}
     * download {@code < high}, parameters 1 to 6 set: what the speed index answers alone.
     */
    private PreparedStatement inSpeedRange(
            String select, String tail, Histogram h, double low, double high, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        PreparedStatement query = connection.prepareStatement(select + " FROM dh_sample WHERE operator_name = ?"
                + " AND technology = ? AND download_mbps >= ? AND download_mbps < ? AND measured_at >= ?"
                + " AND measured_at < ?" + tail);
        query.setString(1, h.operator());
        query.setString(2, h.technology());
        query.setDouble(3, low);
        query.setDouble(4, high);
        query.setObject(5, from);
        query.setObject(6, to);
        return query;
    }

    /** Whether the window runs from one local midnight to another, so the day figures cover it exactly. */
    private boolean wholeDays(OffsetDateTime from, OffsetDateTime to) {
        return fromDays && isLocalMidnight(from) && isLocalMidnight(to);
    }

    static boolean isLocalMidnight(OffsetDateTime instant) {
        return instant.atZoneSameInstant(SampleDays.ZONE).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    static java.time.LocalDate localDay(OffsetDateTime instant) {
        return instant.atZoneSameInstant(SampleDays.ZONE).toLocalDate();
    }

    /** One row of the grouped count: the result is places times credited units, a few hundred rows. */
    private record Group(String placeCode, String creditedUnit, long count) {}

    private List<Group> groups(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        checkWindow(from, to);
        if (wholeDays(from, to)) {
            return groupsFromDays(from, to);
        }
        String sql = "SELECT place_code, credited_unit, COUNT(*) FROM dh_sample"
                + " WHERE measured_at >= ? AND measured_at < ? GROUP BY place_code, credited_unit";
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    groups.add(new Group(rows.getString(1), rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return groups;
    }

    private List<Group> groupsFromDays(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT place_code, credited_unit, SUM(samples)"
                        + " FROM dh_sample_day_place WHERE sample_day >= ? AND sample_day < ? GROUP BY place_code, credited_unit")) {
            query.setObject(1, localDay(from));
            query.setObject(2, localDay(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String credited = rows.getString(2);
                    groups.add(new Group(rows.getString(1), credited.isEmpty() ? null : credited, rows.getLong(3)));
                }
            }
        }
        return groups;
    }

    private Map<String, UnitCount> rollUp(List<Group> groups) {
        Map<String, Long> own = new HashMap<>();
        for (Group group : groups) {
            own.merge(attributedTo(group.placeCode(), group.creditedUnit()), group.count(), Long::sum);
        }
        return rollUp(own, parentOf);
    }

    /** The unit a sample counts for: the one it credits, else the one that owns its place. */
    static String attributedTo(String placeCode, String creditedUnit) {
        return creditedUnit != null ? creditedUnit : placeCode;
    }

    /** Each unit's own count added to it and to every unit above it (shared with {@link FiguresTrend}). */
    static Map<String, UnitCount> rollUp(Map<String, Long> own, Function<String, String> parentOf) {
        Map<String, Long> total = new HashMap<>();
        own.forEach((unit, count) -> {
            Set<String> seen = new HashSet<>();
            for (String u = unit; u != null && seen.add(u); u = parentOf.apply(u)) {
                if (seen.size() > MAX_DEPTH) {
                    throw new IllegalStateException(
                            "Sơ đồ tổ chức có vòng lặp tại " + unit + " / the org chart has a cycle at " + unit);
                }
                total.merge(u, count, Long::sum);
            }
        });
        Map<String, UnitCount> units = new TreeMap<>();
        total.forEach((unit, sum) -> units.put(unit, new UnitCount(unit, own.getOrDefault(unit, 0L), sum)));
        return units;
    }

    private static List<PlaceCount> places(List<Group> groups) {
        Map<String, Long> byPlace = new TreeMap<>();
        for (Group group : groups) {
            byPlace.merge(group.placeCode(), group.count(), Long::sum);
        }
        List<PlaceCount> places = new ArrayList<>();
        byPlace.forEach((place, count) -> places.add(new PlaceCount(place, count)));
        return places;
    }

    static List<UnitTarget> againstTarget(Map<String, UnitCount> units, List<String> recipients, long target) {
        List<UnitTarget> verdicts = new ArrayList<>();
        for (String unit : recipients) {
            long total = totalOf(units, unit);
            verdicts.add(new UnitTarget(unit, total, target, total >= target));
        }
        return verdicts;
    }

    static List<Shortfall> shortfallsOf(Map<String, UnitCount> units, List<String> recipients, long target) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (String unit : recipients) {
            long total = totalOf(units, unit);
            if (total < target) {
                shortfalls.add(new Shortfall(unit, total, target - total));
            }
        }
        return shortfalls;
    }

    /** A recipient without a single sample is absent from the counts: it has zero, not no figure. */
    private static long totalOf(Map<String, UnitCount> units, String unit) {
        UnitCount count = units.get(unit);
        return count == null ? 0 : count.total();
    }

    private static void checkWindow(OffsetDateTime from, OffsetDateTime to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "Kỳ báo cáo phải bắt đầu trước khi kết thúc. / The period must start before it ends: " + from
                            + " .. " + to);
        }
    }

    private boolean isH2() throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
    }
}
