package vn.dieuhanh.demo.control;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.dieuhanh.identity.control.OrgChart;
import vn.dieuhanh.ispeed.control.SampleRow;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Made-up but plausible i-Speed samples for the demo and the benchmarks, the same for the same
 * seed: four operators with their own speed distributions (Vietnamobile's 4G under the 40 Mbps
 * target), tests mostly in the daytime, places weighted so that some units reach 300 samples a
 * month and others do not, and about 30% of the tests credited to a unit.
 */
public final class DemoSamples {

    public static final List<String> HEADER = List.of(
            "sample_id",
            "measured_at",
            "operator",
            "technology",
            "download_mbps",
            "upload_mbps",
            "ping_ms",
            "jitter_ms",
            "place_code",
            "credited_unit");

    private static final ZoneId VIETNAM = CityTime.ZONE;
    private static final ZoneOffset PLUS_SEVEN = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Share of the market, 4G median and 5G median (Mbps), 5G share of the operator's tests. */
    private record Operator(String name, double share, double median4g, double median5g, double share5g) {}

    private static final List<Operator> OPERATORS = List.of(
            new Operator("Viettel", 0.45, 55, 300, 0.30),
            new Operator("VinaPhone", 0.25, 48, 240, 0.20),
            new Operator("MobiFone", 0.20, 42, 190, 0.15),
            // No 5G network of its own: every test is 4G, and slow.
            new Operator("Vietnamobile", 0.10, 28, 0, 0.0));

    private static final double CREDITED_SHARE = 0.30;
    private static final double DAYTIME_SHARE = 0.85;

    /** Steepness of the place weights: 1/rank^1.3 leaves the tail far under the head. */
    private static final double SKEW = 1.3;

    private DemoSamples() {}

    /** Like {@link #generate(long, List, Map, List, OffsetDateTime, OffsetDateTime, int)} without departments. */
    public static Stream<SampleRow> generate(
            long seed,
            List<String> places,
            Map<String, String> districtOfPlace,
            OffsetDateTime from,
            OffsetDateTime to,
            int count) {
        return generate(seed, places, districtOfPlace, List.of(), from, to, count);
    }

    /**
     * {@code count} samples measured in {@code [from, to)}, ids {@code IS-<seed>-<n>} from 1.
     *
     * @param places where tests are made; their weights follow a seeded shuffle of this list
     * @param districtOfPlace the district a place belongs to (itself for a district): a credited
     *     test is credited to it, or, one time in three, to one of the departments
     * @param departments units that run tests away from their own premises; may be empty
     */
    public static Stream<SampleRow> generate(
            long seed,
            List<String> places,
            Map<String, String> districtOfPlace,
            List<String> departments,
            OffsetDateTime from,
            OffsetDateTime to,
            int count) {
        if (places.isEmpty() || !from.isBefore(to) || count < 0) {
            throw new IllegalArgumentException("places, a window and a count are needed");
        }
        List<String> ranked = new ArrayList<>(places);
        shuffle(ranked, new SplittableRandom(seed));
        double[] cumulative = new double[ranked.size()];
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            sum += 1 / Math.pow(i + 1, SKEW);
            cumulative[i] = sum;
        }
        double total = sum;
        long windowSeconds = Duration.between(from, to).getSeconds();
        // One generator per row, from the seed and the row number: rows do not depend on each other,
        // so a parallel or partial stream gives the same rows.
        return IntStream.rangeClosed(1, count).mapToObj(n -> {
            var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
            String place = ranked.get(pick(cumulative, random.nextDouble() * total));
            Operator operator = operator(random.nextDouble());
            boolean fiveG = random.nextDouble() < operator.share5g();
            double download = fiveG
                    ? logNormal(random, operator.median5g(), 0.25, 60, 900)
                    : logNormal(random, operator.median4g(), 0.45, 1, 200);
            double upload = logNormal(random, download / 5, 0.25, 0.2, 400);
            double ping = logNormal(random, fiveG ? 22 : 35, 0.35, 15, 80);
            double jitter = logNormal(random, 6, 0.5, 2, 20);
            OffsetDateTime at = measuredAt(random, from, to, windowSeconds);
            String credited = null;
            if (random.nextDouble() < CREDITED_SHARE) {
                credited = !departments.isEmpty() && random.nextInt(3) == 0
                        ? departments.get(random.nextInt(departments.size()))
                        : districtOfPlace.getOrDefault(place, place);
            }
            return new SampleRow(
                    n,
                    "IS-" + seed + "-" + n,
                    at,
                    operator.name(),
                    fiveG ? "5G" : "4G",
                    round(download),
                    round(upload),
                    round(ping),
                    round(jitter),
                    place,
                    credited);
        });
    }

    /** The import format: header, then one line a sample, times at +07:00, RFC 4180 quoting. */
    public static void writeCsv(Stream<SampleRow> rows, Writer out) throws IOException {
        writeCsv(rows, out, 0);
    }

    /**
     * As {@link #writeCsv(Stream, Writer)}, with {@code malformed} bad rows among the good ones (one
     * after every seventh good row, the rest at the end) for the import's error report: a negative
     * download, an unknown place, a date that is no date, an id already used, in turn.
     */
    public static void writeCsv(Stream<SampleRow> rows, Writer out, int malformed) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            int written = 0;
            int good = 0;
            SampleRow last = null;
            for (Iterator<SampleRow> it = rows.iterator(); it.hasNext(); ) {
                last = it.next();
                printer.printRecord(cells(last));
                if (++good % 7 == 0 && written < malformed) {
                    printer.printRecord(malformed(last, written++));
                }
            }
            while (written < malformed) {
                printer.printRecord(malformed(last, written++));
            }
            printer.flush();
        }
    }

    private static List<String> cells(SampleRow row) {
        return Arrays.asList(
                row.sampleId(),
                ISO.format(row.measuredAt().withOffsetSameInstant(PLUS_SEVEN)),
                row.operator(),
                row.technology(),
                number(row.downloadMbps()),
                number(row.uploadMbps()),
                number(row.pingMs()),
                number(row.jitterMs()),
                row.placeCode(),
                row.creditedUnit());
    }

    private static List<String> malformed(SampleRow like, int k) {
        SampleRow base = like != null
                ? like
                : new SampleRow(
                        0,
                        "IS-X-0",
                        OffsetDateTime.of(2024, 11, 1, 9, 0, 0, 0, PLUS_SEVEN),
                        "Viettel",
                        "4G",
                        50,
                        10,
                        30,
                        5,
                        "XA-KHONGCO",
                        null);
        List<String> cells = new ArrayList<>(cells(base));
        switch (k % 4) {
            case 0 -> {
                cells.set(0, base.sampleId() + "-neg");
                cells.set(4, "-" + cells.get(4));
            }
            case 1 -> {
                cells.set(0, base.sampleId() + "-place");
                cells.set(8, "XA-KHONGCO-" + k);
            }
            case 2 -> {
                cells.set(0, base.sampleId() + "-date");
                cells.set(1, "31/11/2024 25:61");
            }
            default -> {
                // The same id as the row before it: the second one must be refused.
            }
        }
        return cells;
    }

    /** {@code DemoSamples OUT.csv ROWS SEED [ORG-CHART.yaml [FROM TO]]}: a sample file for the benchmarks. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: DemoSamples OUT.csv ROWS SEED [ORG-CHART.yaml [FROM TO]]");
            System.exit(2);
        }
        Path chartFile = args.length > 3 ? Path.of(args[3]) : defaultChart();
        OffsetDateTime from =
                args.length > 5 ? OffsetDateTime.parse(args[4]) : OffsetDateTime.parse("2024-11-01T00:00+07:00");
        OffsetDateTime to =
                args.length > 5 ? OffsetDateTime.parse(args[5]) : OffsetDateTime.parse("2024-12-01T00:00+07:00");
        DemoPlaces demo = DemoPlaces.of(OrgChart.read(chartFile));
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            writeCsv(
                    generate(
                            Long.parseLong(args[2]),
                            demo.places(),
                            demo.districtOfPlace(),
                            demo.departments(),
                            from,
                            to,
                            Integer.parseInt(args[1])),
                    out);
        }
    }

    /** The places of an org chart: its districts and communes or wards, with their district. */
    public record DemoPlaces(List<String> places, Map<String, String> districtOfPlace, List<String> departments) {

        public static DemoPlaces of(OrgChart chart) {
            Map<String, String> districtOf = new LinkedHashMap<>();
            Map<String, String> typeOf = new LinkedHashMap<>();
            List<String> departments = new ArrayList<>();
            for (var entry : chart.unitsTopDown()) {
                OrgChart.Unit unit = entry.getKey();
                typeOf.put(unit.code(), unit.type());
                switch (unit.type()) {
                    case "district" -> districtOf.put(unit.code(), unit.code());
                    case "commune", "ward" -> districtOf.put(
                            unit.code(),
                            "district".equals(typeOf.get(entry.getValue())) ? entry.getValue() : unit.code());
                    case "department" -> departments.add(unit.code());
                    default -> {}
                }
            }
            return new DemoPlaces(List.copyOf(districtOf.keySet()), Map.copyOf(districtOf), List.copyOf(departments));
        }
    }

    private static Path defaultChart() {
        Path here = Path.of("app-ear/src/main/orgchart/haiphong-2024.yaml");
        return Files.exists(here) ? here : Path.of("..").resolve(here);
    }

    private static OffsetDateTime measuredAt(
            SplittableRandom random, OffsetDateTime from, OffsetDateTime to, long windowSeconds) {
        OffsetDateTime at = from.plusSeconds((long) (random.nextDouble() * windowSeconds));
        if (random.nextDouble() < DAYTIME_SHARE) {
            // People test their line between 07:00 and 21:00, Vietnam time.
            ZonedDateTime local = at.atZoneSameInstant(VIETNAM);
            ZonedDateTime day = local.with(LocalTime.of(7, 0)).plusSeconds(random.nextInt(14 * 3600));
            OffsetDateTime daytime = day.toOffsetDateTime();
            if (!daytime.isBefore(from) && daytime.isBefore(to)) {
                at = daytime;
            }
        }
        return at.atZoneSameInstant(VIETNAM).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Operator operator(double u) {
        double sum = 0;
        for (Operator operator : OPERATORS) {
            sum += operator.share();
            if (u < sum) {
                return operator;
            }
        }
        return OPERATORS.get(OPERATORS.size() - 1);
    }

    private static double logNormal(SplittableRandom random, double median, double sigma, double min, double max) {
        double value = median * Math.exp(sigma * gaussian(random));
        return Math.max(min, Math.min(max, value));
    }

    /** Box-Muller: SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        int index = i >= 0 ? i + 1 : -i - 1;
        return Math.min(index, cumulative.length - 1);
    }

    private static void shuffle(List<String> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
