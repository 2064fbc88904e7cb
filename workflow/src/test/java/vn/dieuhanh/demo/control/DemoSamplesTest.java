package vn.dieuhanh.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.demo.control.DemoSamples.DemoPlaces;
import vn.dieuhanh.identity.control.OrgChart;
import vn.dieuhanh.ispeed.control.SampleRow;

class DemoSamplesTest {

    private static final OffsetDateTime FROM = OffsetDateTime.parse("2024-11-01T00:00+07:00");
    private static final OffsetDateTime TO = OffsetDateTime.parse("2024-12-01T00:00+07:00");
    private static final int MONTH = 30_000;

    private static DemoPlaces demo;
    private static List<SampleRow> month;

    @BeforeAll
    static void generate() throws IOException {
        demo = DemoPlaces.of(OrgChart.read(Path.of("../app-ear/src/main/orgchart/haiphong-2024.yaml")));
        month = DemoSamples.generate(42, demo.places(), demo.districtOfPlace(), demo.departments(), FROM, TO, MONTH)
                .toList();
    }

    @Test
    void theDemoChartGivesItsDistrictsAndWardsAsPlaces() {
        assertThat(demo.places()).contains("QUAN-NGOQUYEN", "PHUONG-MAYTO", "XA-LAPLE", "HUYEN-BACHLONGVI");
        assertThat(demo.places()).doesNotContain("UBND-HP", "SO-TTTT", "VP-UBND");
        assertThat(demo.districtOfPlace())
                .containsEntry("PHUONG-MAYTO", "QUAN-NGOQUYEN")
                .containsEntry("QUAN-NGOQUYEN", "QUAN-NGOQUYEN");
        assertThat(demo.departments()).contains("SO-TTTT").doesNotContain("QUAN-NGOQUYEN");
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        List<SampleRow> again = DemoSamples.generate(
                        42, demo.places(), demo.districtOfPlace(), demo.departments(), FROM, TO, MONTH)
                .toList();
        assertThat(again).isEqualTo(month);
        List<SampleRow> parallel = DemoSamples.generate(
                        42, demo.places(), demo.districtOfPlace(), demo.departments(), FROM, TO, MONTH)
                .parallel()
                .toList();
        assertThat(parallel).isEqualTo(month);
        List<SampleRow> other = DemoSamples.generate(
                        43, demo.places(), demo.districtOfPlace(), demo.departments(), FROM, TO, 100)
                .toList();
        assertThat(other).isNotEqualTo(month.subList(0, 100));
        assertThat(month.get(0).sampleId()).isEqualTo("IS-42-1");
        assertThat(month).extracting(SampleRow::sampleId).doesNotHaveDuplicates();
    }

    @Test
    void everySampleIsInTheWindowMostlyInTheDaytimeAndWithinRealisticRanges() {
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        long daytime = month.stream()
                .map(s -> s.measuredAt().atZoneSameInstant(vietnam).getHour())
                .filter(h -> h >= 7 && h < 21)
                .count();
        assertThat(month).allSatisfy(s -> {
            assertThat(s.measuredAt()).isAfterOrEqualTo(FROM).isBefore(TO);
            assertThat(s.measuredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
            assertThat(s.downloadMbps()).isPositive();
            assertThat(s.uploadMbps()).isPositive().isLessThan(s.downloadMbps());
            assertThat(s.pingMs()).isBetween(15.0, 80.0);
            assertThat(s.jitterMs()).isBetween(2.0, 20.0);
            assertThat(s.technology()).isIn("4G", "5G");
        });
        assertThat((double) daytime / MONTH).isGreaterThan(0.8);
        double credited = month.stream().filter(s -> s.creditedUnit() != null).count() / (double) MONTH;
        assertThat(credited).isBetween(0.27, 0.33);
    }

    @Test
    void operatorsMediansAreOrderedAsDesignedAndVietnamobile4gIsUnderTheTarget() {
        Map<String, Double> median4g = medians("4G");
        assertThat(median4g.get("Viettel")).isGreaterThan(median4g.get("VinaPhone"));
        assertThat(median4g.get("VinaPhone")).isGreaterThan(median4g.get("MobiFone"));
        assertThat(median4g.get("MobiFone")).isGreaterThan(median4g.get("Vietnamobile"));
        assertThat(median4g.get("Vietnamobile")).isLessThan(40);
        assertThat(median4g.get("Viettel")).isBetween(50.0, 60.0);
        Map<String, Double> median5g = medians("5G");
        assertThat(median5g).doesNotContainKey("Vietnamobile");
        assertThat(median5g.values()).allSatisfy(m -> assertThat(m).isBetween(150.0, 400.0));
    }

    @Test
    void somePlacesReachThreeHundredAMonthAndSomeDoNot() {
        Map<String, Long> perPlace =
                month.stream().collect(Collectors.groupingBy(SampleRow::placeCode, Collectors.counting()));
        assertThat(perPlace.values()).anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(300));
        assertThat(perPlace.values()).anySatisfy(n -> assertThat(n).isLessThan(300));
        assertThat(perPlace.keySet()).isSubsetOf(demo.places());
    }

    @Test
    void theCsvHasTheImportHeaderPlusSevenTimesAndTheAskedMalformedRows() throws IOException {
        List<SampleRow> rows = month.subList(0, 50);
        StringWriter out = new StringWriter();
        DemoSamples.writeCsv(rows.stream(), out, 4);

        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(out.toString()).startsWith(String.join(",", DemoSamples.HEADER) + "\r\n");
        assertThat(records).hasSize(54);
        CSVRecord first = records.get(0);
        assertThat(first.get("sample_id")).isEqualTo(rows.get(0).sampleId());
        assertThat(OffsetDateTime.parse(first.get("measured_at")))
                .isEqualTo(rows.get(0).measuredAt());
        assertThat(first.get("measured_at")).endsWith("+07:00");

        Set<String> places = new HashSet<>(demo.places());
        Map<String, Integer> ids = new HashMap<>();
        records.forEach(r -> ids.merge(r.get("sample_id"), 1, Integer::sum));
        assertThat(records).anySatisfy(r -> assertThat(r.get("download_mbps")).startsWith("-"));
        assertThat(records).anySatisfy(r -> assertThat(places).doesNotContain(r.get("place_code")));
        assertThat(records).anySatisfy(r -> assertThat(r.get("measured_at")).isEqualTo("31/11/2024 25:61"));
        assertThat(ids.values()).containsOnlyOnce(2);

        StringWriter clean = new StringWriter();
        DemoSamples.writeCsv(rows.stream(), clean);
        assertThat(clean.toString().split("\r\n")).hasSize(51);
    }

    private static Map<String, Double> medians(String technology) {
        return month.stream()
                .filter(s -> s.technology().equals(technology))
                .collect(Collectors.groupingBy(
                        SampleRow::operator,
                        Collectors.collectingAndThen(
                                Collectors.mapping(SampleRow::downloadMbps, Collectors.toList()), list -> {
                                    List<Double> sorted = list.stream().sorted().toList();
                                    return sorted.get(sorted.size() / 2);
                                })));
    }
}
