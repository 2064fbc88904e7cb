package vn.dieuhanh.ispeed.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.ispeed.control.CsvCells;
import vn.dieuhanh.ispeed.control.FiguresTrend;
import vn.dieuhanh.ispeed.control.ImportRecord;
import vn.dieuhanh.ispeed.control.ImportRejected;
import vn.dieuhanh.ispeed.control.ImportRules;
import vn.dieuhanh.ispeed.control.IspeedSeries;
import vn.dieuhanh.ispeed.control.MonthlyFigures;
import vn.dieuhanh.ispeed.control.ProblemSpool;
import vn.dieuhanh.ispeed.control.ReadSummary;
import vn.dieuhanh.ispeed.control.SampleReader;
import vn.dieuhanh.ispeed.control.SampleStore;
import vn.dieuhanh.ispeed.control.StoreResult;
import vn.dieuhanh.persistence.control.FileClaims;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.MeasuredFigures;
import vn.dieuhanh.reporting.entity.Target;

/**
 * Measurement data: a sample file imported in one transaction (all of it or nothing), and a
 * directive's figures for one of its reporting periods.
 */
@Stateless
public class Measurements {

    private static final ZoneId ZONE = CityTime.ZONE;

    /** The refused rows an answer shows; the full list is in the error report. */
    static final int PROBLEMS_SHOWN = 100;

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    FileClaims claims;

    /** How far back a sample may be dated: older files belong to closed periods. */
    @Inject
    @ConfigProperty(name = "dieuhanh.import.window-days", defaultValue = "366")
    int windowDays;

    Clock clock = Clock.system(ZONE);

    /** What an import did. */
    public record ImportReport(
            String id,
            String fileName,
            String sha256,
            String format,
            String importedBy,
            OffsetDateTime importedAt,
            int rowsRead,
            int rowsStored,
            int rowsKnown,
            int rowsRefused,
            List<RowProblem> problems) {}

    /**
     * Reads, checks and stores a sample file. Valid rows are stored unless already known (same
     * sample id); refused rows are recorded for the error report. A fatal error stores nothing.
     */
    public ImportReport importSamples(InputStream in, SampleFormat format, String fileName, String user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> tree = directory.parents();
        ImportRules rules = ImportRules.of(now.minusDays(windowDays), now, tree::containsKey, tree::containsKey);
        String importId = UUID.randomUUID().toString();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        try (Connection connection = dataSource.getConnection();
                DigestInputStream digesting = new DigestInputStream(in, sha);
                ProblemSpool refused = new ProblemSpool(PROBLEMS_SHOWN)) {
            SampleStore store = new SampleStore();
            // First, as the samples and refused rows refer to it; the hash is known at the end.
            store.recordImport(connection, new ImportRecord(importId, fileName, "", format, user, now));
            ReadSummary read;
            StoreResult stored;
            String[] hash = new String[1];
            try (SampleStore.Stager stager = store.begin(connection, importId)) {
                read = new SampleReader()
                        .read(digesting, format, rules.withMaxRefusedRows(Integer.MAX_VALUE), stager::add, refused);
                // The rest of the body, if any, counts in the hash too.
                digesting.transferTo(OutputStream.nullOutputStream());
                hash[0] = HexFormat.of().formatHex(sha.digest());
                stored = stager.finish(() -> claim(connection, hash[0]));
            }
            stored.duplicates().forEach(refused);
            store.recordProblems(connection, importId, refused);
            int refusedRows = read.rowsRefused() + stored.duplicates().size();
            store.recordCounts(connection, importId, read.rowsRead(), stored.stored(), stored.known(), refusedRows);
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE dh_sample_import SET file_sha256 = ? WHERE id = ?")) {
                update.setString(1, hash[0]);
                update.setString(2, importId);
                update.executeUpdate();
            }
            List<RowProblem> shown = new ArrayList<>(refused.first());
            shown.sort(java.util.Comparator.comparingInt(RowProblem::rowNumber));
            return new ImportReport(
                    importId,
                    fileName,
                    hash[0],
                    format.name(),
                    user,
                    now,
                    read.rowsRead(),
                    stored.stored(),
                    stored.known(),
                    refusedRows,
                    shown);
        } catch (ImportRejected e) {
            throw new MeasurementProblem(MeasurementProblem.Kind.INVALID, e.getMessage());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The import failed: " + e.getMessage(), e);
        }
    }

    /**
     * The same file sent by several clients at once is imported once: the others are told it is
     * being imported (sent again later, it is imported again and stores nothing twice).
     */
    private void claim(Connection connection, String sha256) throws SQLException {
        if (!claims.claim(connection, "samples:" + sha256)) {
            throw new MeasurementProblem(
                    MeasurementProblem.Kind.CONFLICT,
                    "Tệp này đang được nhập trong một yêu cầu khác; gửi lại sau khi lần nhập đó xong sẽ không lưu"
                            + " trùng mẫu nào. / This file is already being imported by another request; sent again"
                            + " once that import is done, it stores nothing twice.");
        }
    }

    /** An import as recorded. */
    public Optional<ImportReport> findImport(String importId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT file_name, file_sha256, format, imported_by, imported_at, rows_read, rows_stored,"
                                + " rows_known, rows_refused FROM dh_sample_import WHERE id = ?")) {
            select.setString(1, importId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportReport(
                        importId,
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getObject(5, OffsetDateTime.class),
                        row.getInt(6),
                        row.getInt(7),
                        row.getInt(8),
                        row.getInt(9),
                        problems(connection, importId, PROBLEMS_SHOWN)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The error report: every refused row of an import, in row order, streamed from the database
     * to the writer (a file of a million bad rows must not sit in memory).
     */
    public void writeErrorReport(String importId, Writer out) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT row_no, column_name, cell_value, reason FROM dh_sample_import_error WHERE import_id = ?"
                                + " ORDER BY row_no, column_name")) {
            select.setString(1, importId);
            // In a transaction, PostgreSQL's driver then reads by a cursor, this many rows at a time.
            select.setFetchSize(1_000);
            try (ResultSet row = select.executeQuery()) {
                CsvCells.writeReport(
                        () -> new java.util.Iterator<RowProblem>() {
                            boolean ahead;

                            @Override
                            public boolean hasNext() {
                                try {
                                    if (!ahead) {
                                        ahead = row.next();
                                    }
                                    return ahead;
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }

                            @Override
                            public RowProblem next() {
                                if (!hasNext()) {
                                    throw new java.util.NoSuchElementException();
                                }
                                ahead = false;
                                try {
                                    return new RowProblem(
                                            row.getInt(1), row.getString(2), row.getString(3), row.getString(4));
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        },
                        out);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RowProblem> problems(Connection connection, String importId, int limit) throws SQLException {
        List<RowProblem> problems = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT row_no, column_name, cell_value, reason FROM dh_sample_import_error WHERE import_id = ?"
                        + " ORDER BY row_no, column_name")) {
            select.setString(1, importId);
            select.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    problems.add(new RowProblem(row.getInt(1), row.getString(2), row.getString(3), row.getString(4)));
                }
            }
        }
        return problems;
    }

    /**
     * A directive's speed-test figures for one reporting period, against its own targets, with
     * {@code targets} as for any directive (see {@link MeasuredFigures}).
     */
    public record PeriodFigures(
            int periodIndex,
            String periodLabel,
            OffsetDateTime from,
            OffsetDateTime to,
            long sampleTarget,
            double speedThresholdMbps,
            List<UnitTarget> units,
            List<OperatorFigure> operators,
            List<PlaceCount> places,
            List<Shortfall> shortfalls,
            List<MeasuredFigures.TargetFigures> targets) {

        public PeriodFigures with(List<MeasuredFigures.TargetFigures> generic) {
            return new PeriodFigures(
                    periodIndex,
                    periodLabel,
                    from,
                    to,
                    sampleTarget,
                    speedThresholdMbps,
                    units,
                    operators,
                    places,
                    shortfalls,
                    generic);
        }
    }

    /**
     * The period's measured figures. Which target is which: the one reading the series
     * {@value IspeedSeries#SAMPLES} is the per-unit count; the one reading
     * {@value IspeedSeries#DOWNLOAD_4G} is the download threshold.
     */
    public PeriodFigures figures(String directiveId, int periodIndex) {
        Directive directive = directive(directiveId);
        return figures(directive, periodIndex, directive.recipients());
    }

    /**
     * As {@link #figures(String, int)}, with the units against the target (and their
     * shortfalls) being those listed: the recipients and the sub-units they forwarded to, for a
     * directive's page that drills down.
     */
    public PeriodFigures figures(String directiveId, int periodIndex, List<String> units) {
        return figures(directive(directiveId), periodIndex, units);
    }

    private PeriodFigures figures(Directive directive, int periodIndex, List<String> units) {
        ReportingCycle.ReportingPeriod period = directive.cycle().period(periodIndex);
        long sampleTarget = sampleTarget(directive);
        double threshold = speedThreshold(directive);
        Map<String, String> tree = directory.parents();
        try (Connection connection = dataSource.getConnection()) {
            MonthlyFigures.Figures figures =
                    new MonthlyFigures(connection, tree::get).compute(period.start(), period.end(), threshold);
            return new PeriodFigures(
                    periodIndex,
                    directive.cycle().label(periodIndex),
                    period.start(),
                    period.end(),
                    sampleTarget,
                    threshold,
                    figures.unitsAgainstTarget(units, sampleTarget),
                    figures.operators(),
                    figures.places(),
                    figures.shortfalls(units, sampleTarget),
                    List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One period of a directive's trend: its samples, how many recipients reached the sample
     * target, and per operator and technology the mean download.
     *
     * @param periodIndex the directive's period; negative before its first period (same shape)
     */
    /** A period of the trend; {@code periodLabel} as people name it, none for the windows before the directive. */
    public record TrendPoint(
            int periodIndex,
            String periodLabel,
            OffsetDateTime from,
            OffsetDateTime to,
            long samples,
            int recipientsAtTarget,
            int recipients,
            List<OperatorPoint> operators) {

        public boolean beforeDirective() {
            return periodIndex < 0;
        }
    }

    /**
     * The {@code periods} periods up to and including {@code lastPeriodIndex}, oldest first, from
     * two grouped queries over the whole span. Periods before the directive's first one are the
     * cycle continued backwards: the months the directive is measured against.
     */
    public List<TrendPoint> trend(String directiveId, int lastPeriodIndex, int periods) {
        Directive directive = directive(directiveId);
        if (periods < 1) {
            throw new IllegalArgumentException("A trend has at least one period");
        }
        ReportingCycle cycle = directive.cycle();
        int first = lastPeriodIndex - periods + 1;
        List<OffsetDateTime> boundaries = new ArrayList<>();
        for (int index = first; index <= lastPeriodIndex + 1; index++) {
            boundaries.add(cycle.startOf(index));
        }
        long sampleTarget = sampleTarget(directive);
        double threshold = speedThreshold(directive);
        Map<String, String> tree = directory.parents();
        try (Connection connection = dataSource.getConnection()) {
            List<FiguresTrend.Point> points = new FiguresTrend(connection, tree::get).compute(boundaries, threshold);
            List<TrendPoint> trend = new ArrayList<>();
            for (FiguresTrend.Point point : points) {
                int atTarget = (int) directive.recipients().stream()
                        .filter(unit -> point.totalOf(unit) >= sampleTarget)
                        .count();
                int index = first + point.index();
                trend.add(new TrendPoint(
                        index,
                        index < 0 ? null : cycle.label(index),
                        point.from(),
                        point.to(),
                        point.samples(),
                        atTarget,
                        directive.recipients().size(),
                        point.operators()));
            }
            return trend;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any target of the directive reads the speed tests: only then are their figures shown. */
    public boolean readsSpeedTests(String directiveId) {
        return directive(directiveId).targets().stream()
                .anyMatch(t -> t.series() != null && IspeedSeries.ALL.contains(t.series()));
    }

    /** The target whose units' counts are the measured samples, if the directive has one. */
    private static Optional<Target> countTargetOf(Directive directive) {
        return targetReading(directive, IspeedSeries.SAMPLES);
    }

    /** The target the mean download is judged against, if the directive has one. */
    private static Optional<Target> speedTargetOf(Directive directive) {
        return targetReading(directive, IspeedSeries.DOWNLOAD_4G);
    }

    /** The directive's per-unit sample target, 0 when it sets none. */
    private static long sampleTarget(Directive directive) {
        return countTargetOf(directive)
                .map(Target::threshold)
                .map(BigDecimal::longValue)
                .orElse(0L);
    }

    /** The directive's download threshold in Mbps, if it sets one (the figures still need one to count shares). */
    public Optional<Double> speedTarget(String directiveId) {
        return speedTarget(directive(directiveId));
    }

    /** The name of the target the mean download is judged against ("… 4G"), if the directive has one. */
    public Optional<String> speedTargetName(String directiveId) {
        return speedTargetOf(directive(directiveId)).map(Target::name);
    }

    private static Optional<Double> speedTarget(Directive directive) {
        return speedTargetOf(directive).map(Target::threshold).map(BigDecimal::doubleValue);
    }

    private static double speedThreshold(Directive directive) {
        return speedTarget(directive).orElse(MonthlyFigures.DEFAULT_THRESHOLD_MBPS);
    }

    /** A unit's samples in a period so far, its own and those of the units below it. */
    public long unitSamples(String directiveId, int periodIndex, String unitCode) {
        Directive directive = directive(directiveId);
        ReportingCycle.ReportingPeriod period = directive.cycle().period(periodIndex);
        Map<String, String> tree = directory.parents();
        try (Connection connection = dataSource.getConnection()) {
            MonthlyFigures.UnitCount count = new MonthlyFigures(connection, tree::get)
                    .samplesByUnit(period.start(), period.end())
                    .get(unitCode);
            return count == null ? 0 : count.total();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directive by id; the pages and API ask by id, the entity stays on this side. */
    private Directive directive(String directiveId) {
        Directive directive = em.find(Directive.class, directiveId);
        if (directive == null) {
            throw new MeasurementProblem(
                    MeasurementProblem.Kind.NOT_FOUND,
                    "Không tìm thấy văn bản chỉ đạo " + directiveId + ". / No directive " + directiveId + ".");
        }
        return directive;
    }

    private static Optional<Target> targetReading(Directive directive, String series) {
        return directive.targets().stream()
                .filter(t -> series.equals(t.series()) && t.threshold() != null)
                .findFirst();
    }
}
