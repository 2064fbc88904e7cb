package vn.dieuhanh.series.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.persistence.control.MigratedH2;
import vn.dieuhanh.reporting.boundary.SeriesSource;
import vn.dieuhanh.reporting.boundary.TargetValues;
import vn.dieuhanh.reporting.entity.Target;
import vn.dieuhanh.series.entity.SeriesImport;
import vn.dieuhanh.series.entity.SeriesValue;

/**
 * A series no dedicated source feeds, read by a directive's measured target: late files, a count
 * judged at most 0; and a percent averaged. A unit's value includes the units below it.
 */
class GenericSeriesTest {

    private static final Map<String, String> PARENTS = Map.of(
            "QUAN-HAIAN", "UBND-HP",
            "PHUONG-CATBI", "QUAN-HAIAN",
            "PHUONG-DANGLAM", "QUAN-HAIAN",
            "SO-TP", "UBND-HP");

    private static final Target LATE_FILES = new Target(
            "late",
            "Hồ sơ trễ hạn",
            "hồ sơ",
            Target.Kind.COUNT,
            Target.Comparison.AT_MOST,
            BigDecimal.ZERO,
            Target.RollUp.SUM,
            Target.Source.MEASURED,
            "ho-so-tre-han");

    private static GenericSeries.Point point(String unit, String category, String value) {
        return new GenericSeries.Point(unit, category, new BigDecimal(value));
    }

    @Test
    void lateFilesAreSummedWithTheWardsAndJudgedAtMostZero() {
        SeriesSource.Figures figures = GenericSeries.figures(
                List.of(
                        point("PHUONG-CATBI", "Đất đai", "2"),
                        point("PHUONG-DANGLAM", "Hộ tịch", "1"),
                        point("QUAN-HAIAN", "Đất đai", "1")),
                List.of("QUAN-HAIAN", "PHUONG-CATBI", "SO-TP"),
                PARENTS,
                LATE_FILES);
        assertThat(figures.byUnit())
                .containsEntry("QUAN-HAIAN", new BigDecimal("4"))
                .containsEntry("PHUONG-CATBI", new BigDecimal("2"))
                // Nothing sent is nothing late.
                .containsEntry("SO-TP", BigDecimal.ZERO);
        assertThat(TargetValues.judge(LATE_FILES, figures.byUnit().get("QUAN-HAIAN")))
                .isEqualTo(TargetValues.Verdict.NOT_MET);
        assertThat(TargetValues.judge(LATE_FILES, figures.byUnit().get("SO-TP")))
                .isEqualTo(TargetValues.Verdict.MET);
        // The total is the target's roll-up over the units, not the source's.
        assertThat(figures.overall()).isNull();
        assertThat(figures.breakdown().rows())
                .containsExactly(List.of("Hộ tịch", "1", "1"), List.of("Đất đai", "2", "3"));
    }

    @Test
    void aPercentIsTheMeanOfTheValuesAndAbsentWithoutAny() {
        Target digitised = new Target(
                "digitised",
                "Tỷ lệ hồ sơ số hóa",
                "%",
                Target.Kind.PERCENT,
                Target.Comparison.AT_LEAST,
                BigDecimal.valueOf(80),
                Target.RollUp.AVERAGE,
                Target.Source.MEASURED,
                "ty-le-so-hoa");
        SeriesSource.Figures figures = GenericSeries.figures(
                List.of(
                        point("PHUONG-CATBI", null, "70"),
                        point("PHUONG-DANGLAM", null, "90"),
                        point("SO-TP", null, "85")),
                List.of("QUAN-HAIAN", "SO-TP", "PHUONG-CATBI"),
                PARENTS,
                digitised);
        assertThat(figures.byUnit().get("QUAN-HAIAN")).isEqualByComparingTo("80");
        assertThat(figures.byUnit().get("SO-TP")).isEqualByComparingTo("85");
        assertThat(figures.byUnit().get("PHUONG-CATBI")).isEqualByComparingTo("70");
        assertThat(figures.breakdown()).isNull();

        SeriesSource.Figures none = GenericSeries.figures(List.of(), List.of("SO-TP"), PARENTS, digitised);
        assertThat(none.byUnit()).doesNotContainKey("SO-TP");
    }

    @Test
    void storedValuesOfTheSeriesAndPeriodAreRead() {
        EntityManagerFactory factory = MigratedH2.open("series", "reporting-test");
        EntityManager em = factory.createEntityManager();
        try {
            OffsetDateTime start = OffsetDateTime.parse("2026-10-15T00:00+07:00");
            em.getTransaction().begin();
            SeriesImport record = new SeriesImport("ho-so-tre-han", "t.csv", "0".repeat(64), "CSV", "u", start, 3);
            em.persist(record);
            em.flush();
            em.persist(new SeriesValue("ho-so-tre-han", "PHUONG-CATBI", start, "Đất đai", BigDecimal.ONE, record.id()));
            em.persist(new SeriesValue(
                    "ho-so-tre-han", "PHUONG-CATBI", start.plusMonths(1), null, BigDecimal.TEN, record.id()));
            em.persist(new SeriesValue("khac", "PHUONG-CATBI", start, null, BigDecimal.TEN, record.id()));
            em.getTransaction().commit();
            em.clear();

            GenericSeries source = new GenericSeries();
            source.em = em;
            assertThat(source.series()).containsExactlyInAnyOrder("ho-so-tre-han", "khac");
            List<GenericSeries.Point> points = source.points("ho-so-tre-han", start, start.plusMonths(1));
            assertThat(points).hasSize(1);
            assertThat(points.get(0).category()).isEqualTo("Đất đai");
            assertThat(GenericSeries.figures(points, List.of("QUAN-HAIAN"), PARENTS, LATE_FILES)
                            .byUnit()
                            .get("QUAN-HAIAN"))
                    .isEqualByComparingTo("1");
        } finally {
            em.close();
            factory.close();
        }
    }
}
