package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates;
import vn.dieuhanh.dispatch.control.OfficialLayout;
import vn.dieuhanh.persistence.control.MigratedH2;
import vn.dieuhanh.reporting.boundary.DataSeries;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.PeriodResults.State;
import vn.dieuhanh.reporting.boundary.ReportValues;
import vn.dieuhanh.reporting.boundary.TargetValues;
import vn.dieuhanh.reporting.boundary.TargetValues.Verdict;
import vn.dieuhanh.reporting.entity.ReportValue;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A quarterly directive on digitising administrative files, nothing like i-Speed: a percent target
 * (at least 80, averaged), a count target (at most 0 late files, summed) and a text; three
 * recipients, one a district that forwarded to two wards. One department is silent; the district
 * gives no figure of its own and gets its wards' rolled up. On H2 with the real migrations, then
 * drawn as the consolidated report and read back from the PDF.
 */
class DirectivePeriodsTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-09-15T00:00+07:00");

    private EntityManagerFactory factory;
    private EntityManager em;
    private DirectivePeriods results;
    private Directive directive;

    @BeforeEach
    void database() {
        factory = MigratedH2.open("results", "reporting-test");
        em = factory.createEntityManager();
        results = new DirectivePeriods();
        results.em = em;
        results.results = computed(em);
        directive = new Directive(
                "SOHOA-Q4",
                "V/v đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", "VP-UBND", "VP-UBND"),
                List.of("SO-NV", "SO-TP", "HUYEN-X"),
                List.of(
                        new Target(
                                "digitised",
                                "Tỷ lệ hồ sơ được số hóa",
                                "%",
                                Target.Kind.PERCENT,
                                Target.Comparison.AT_LEAST,
                                new BigDecimal("80"),
                                Target.RollUp.AVERAGE,
                                Target.Source.SELF_REPORTED,
                                null),
                        new Target(
                                "late-files",
                                "Số hồ sơ trễ hạn",
                                "hồ sơ",
                                Target.Kind.COUNT,
                                Target.Comparison.AT_MOST,
                                BigDecimal.ZERO,
                                Target.RollUp.SUM,
                                Target.Source.SELF_REPORTED,
                                null),
                        new Target(
                                "problems",
                                "Khó khăn, vướng mắc",
                                "",
                                Target.Kind.TEXT,
                                Target.Comparison.NONE,
                                null,
                                Target.RollUp.NONE,
                                Target.Source.SELF_REPORTED,
                                null)),
                new ReportingCycle(START, "P3M", "P10D", "P3D", "P20D", START.plusYears(1)),
                null);
        directive.issued();
        em.getTransaction().begin();
        em.persist(directive);
        em.persist(new UnitAssignment(directive.id(), "SO-NV", null));
        em.persist(new UnitAssignment(directive.id(), "SO-TP", null));
        em.persist(new UnitAssignment(directive.id(), "HUYEN-X", null));
        em.persist(new UnitAssignment(directive.id(), "XA-A", "HUYEN-X"));
        em.persist(new UnitAssignment(directive.id(), "XA-B", "HUYEN-X"));
        OffsetDateTime due = START.plusMonths(3).plusDays(5);
        reported("SO-NV", due, false, "85", "0", "Thiếu máy quét");
        reported("XA-A", due, false, "90", "1", null);
        reported("XA-B", due.plusDays(10), true, "70", "0", null);
        reported("HUYEN-X", due, false, null, null, "Đã giao các xã");
        // Drafted, never sent: counts for nothing.
        em.persist(value("SO-TP", "digitised", new BigDecimal("99"), null));
        em.getTransaction().commit();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void everyUnitThatMustReportWithItsValueVerdictAndTheTotals() {
        PeriodResults.Results period = results.of(directive, 0);

        assertThat(period.units())
                .extracting(u -> "-".repeat(u.depth()) + u.unitCode() + " " + u.state())
                .containsExactly("SO-NV REPORTED", "SO-TP MISSING", "HUYEN-X REPORTED", "-XA-A REPORTED", "-XA-B LATE");
        assertThat(period.count(State.MISSING)).isEqualTo(1);

        PeriodResults.TargetResult digitised = period.targets().get(0);
        assertThat(digitised.cells().get("SO-NV").verdict()).isEqualTo(Verdict.MET);
        assertThat(digitised.cells().get("SO-TP").value())
                .as("a draft not sent is no value")
                .isNull();
        assertThat(digitised.cells().get("SO-TP").verdict()).isEqualTo(Verdict.MISSING);
        assertThat(digitised.cells().get("XA-B").verdict()).isEqualTo(Verdict.NOT_MET);
        // The district gave no percent of its own: its wards' average, 80, meets the target.
        assertThat(digitised.cells().get("HUYEN-X").value()).isEqualByComparingTo("80");
        assertThat(digitised.cells().get("HUYEN-X").rolledUp()).isTrue();
        assertThat(digitised.cells().get("HUYEN-X").verdict()).isEqualTo(Verdict.MET);
        // The city: the average of the recipients that have a value (85 and 80).
        assertThat(digitised.total()).isEqualByComparingTo("82.5");
        assertThat(digitised.totalVerdict()).isEqualTo(Verdict.MET);

        // At most 0 late files is judged too: one ward's late file fails it, and the sum.
        PeriodResults.TargetResult late = period.targets().get(1);
        assertThat(late.cells().get("XA-A").verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(late.cells().get("HUYEN-X").value()).isEqualByComparingTo("1");
        assertThat(late.total()).isEqualByComparingTo("1");
        assertThat(late.totalVerdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(period.lagging("HUYEN-X")).isTrue();
        assertThat(period.lagging("SO-NV")).isFalse();
        assertThat(period.lagging("SO-TP")).as("silent").isTrue();

        PeriodResults.TargetResult problems = period.targets().get(2);
        assertThat(problems.cells().get("SO-NV").text()).isEqualTo("Thiếu máy quét");
        assertThat(problems.cells().get("SO-NV").verdict()).isEqualTo(Verdict.NOT_JUDGED);
        assertThat(problems.total()).isNull();
    }

    @Test
    void theNextPeriodStartsEmptyAndAPeriodOutsideTheCycleIsRefused() {
        PeriodResults.Results next = results.of(directive, 1);
        assertThat(next.units()).allSatisfy(u -> assertThat(u.state()).isEqualTo(State.MISSING));
        assertThat(next.targets().get(0).total()).isNull();
        assertThatThrownBy(() -> results.of(directive, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConsolidatedReportNamesEveryTargetWithItsThresholdAndEveryUnitWithItsValue() {
        PeriodResults.Results period = results.of(directive, 0);
        DocumentTemplates templates = new DocumentTemplates(
                new DocumentTemplates.City(
                        "Hải Phòng", List.of("UBND THÀNH PHỐ HẢI PHÒNG"), "UBND TP", "VĂN PHÒNG UBND"),
                code -> new DocumentTemplates.Unit(
                        "Đơn vị " + code, code.startsWith("XA-") ? "commune" : "department", null));
        List<DocumentTemplates.TargetSection> sections = new ArrayList<>();
        for (PeriodResults.TargetResult t : period.targets()) {
            List<String> values = new ArrayList<>();
            List<String> verdicts = new ArrayList<>();
            t.cells().values().forEach(c -> {
                values.add(c.text() != null ? c.text() : TargetValues.format(t.target(), c.value()));
                verdicts.add(c.verdict().vietnamese());
            });
            sections.add(new DocumentTemplates.TargetSection(
                    t.target().name(),
                    TargetValues.requirement(t.target()),
                    values,
                    verdicts,
                    t.target().kind() == Target.Kind.TEXT ? null : TargetValues.format(t.target(), t.total()),
                    t.totalVerdict().vietnamese(),
                    t.count(Verdict.MET),
                    t.count(Verdict.NOT_MET),
                    t.count(Verdict.MISSING),
                    null));
        }
        var content = templates.consolidatedReport(
                new DocumentTemplates.Directive(
                        directive.code(),
                        "đẩy mạnh số hóa hồ sơ",
                        "VP-KSTTHC",
                        "VP-UBND",
                        "VP-UBND",
                        "VP-UBND",
                        directive.recipients(),
                        List.of()),
                "Quý IV/2026",
                period.units().stream()
                        .map(u -> new DocumentTemplates.UnitState(
                                u.unitCode(), u.depth(), u.state().vietnamese()))
                        .toList(),
                sections,
                null,
                true);
        String printed = text(new OfficialLayout().render(content));

        assertThat(printed)
                .contains("Tỷ lệ hồ sơ được số hóa (tối thiểu 80 %)")
                .contains("Số hồ sơ trễ hạn (tối đa 0 hồ sơ)")
                .contains("Khó khăn, vướng mắc (theo dõi)")
                .contains("5 cơ quan, đơn vị, địa phương phải báo cáo (trong đó 2 đơn vị cấp dưới")
                .contains("1 đơn vị chưa báo cáo: Đơn vị SO-TP")
                .contains("quý IV/2026")
                .contains("Đơn vị SO-NV Đúng hạn 85 % Đạt")
                .contains("– Đơn vị XA-B Đã báo cáo (muộn) 70 % Chưa đạt")
                .contains("Chung 82,5 % Đạt")
                .contains("Thiếu máy quét")
                .doesNotContain("i-Speed")
                .doesNotContain("mẫu");
    }

    @Test
    void aDistrictsOwnReportStatesItsRolledUpValuesAndHoldsATableOfItsCommunes() {
        PeriodResults.Results period = results.of(directive, 0);
        assertThat(period.below("HUYEN-X"))
                .extracting(PeriodResults.UnitLine::unitCode)
                .containsExactly("XA-A", "XA-B");
        assertThat(period.below("SO-NV")).isEmpty();
        assertThat(ReportPapers.subUnits("SO-NV", period)).isNull();

        // The district entered no figure: its line states its communes' roll-up by each target's rule.
        List<ReportValues.Line> own = directive.targets().stream()
                .map(t -> ReportValues.Line.of(t, null, null, null, Verdict.MISSING))
                .toList();
        List<DocumentTemplates.ValueLine> lines = ReportPapers.valueLines(own, "HUYEN-X", period);
        assertThat(lines)
                .extracting(l -> l.value() + " " + l.verdict())
                .containsExactly("80 % (tổng hợp cấp dưới) Đạt", "1 (tổng hợp cấp dưới) Chưa đạt", "— Chưa có số liệu");

        DocumentTemplates.SubUnits communes = ReportPapers.subUnits("HUYEN-X", period);
        var content =
                templates().unitReport(data(), "HUYEN-X", "Quý IV/2026", "Đã giao các xã", lines, communes, null, true);
        String printed = text(new OfficialLayout().render(content));
        assertThat(printed)
                .contains("Kết quả của 2 đơn vị cấp dưới")
                .contains("Đơn vị XA-A Đúng hạn 90 % 1")
                .contains("Đơn vị XA-B Đã báo cáo (muộn) 70 % 0");
    }

    private static DocumentTemplates templates() {
        return new DocumentTemplates(
                new DocumentTemplates.City(
                        "Hải Phòng", List.of("UBND THÀNH PHỐ HẢI PHÒNG"), "UBND TP", "VĂN PHÒNG UBND"),
                code -> new DocumentTemplates.Unit(
                        "Đơn vị " + code,
                        code.startsWith("XA-") ? "commune" : code.startsWith("HUYEN-") ? "district" : "department",
                        code.startsWith("XA-") ? "HUYEN-X" : null));
    }

    private DocumentTemplates.Directive data() {
        return new DocumentTemplates.Directive(
                directive.code(),
                "đẩy mạnh số hóa hồ sơ",
                "VP-KSTTHC",
                "VP-UBND",
                "VP-NCKTGS",
                null,
                directive.recipients(),
                List.of());
    }

    /** The PDF's text, pages in order, every run of white space one space. */
    private static String text(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()))
                        .append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void reported(
            String unit, OffsetDateTime at, boolean late, String digitised, String lateFiles, String problems) {
        em.persist(new UnitReport(directive.id(), unit, 0, at, late));
        if (digitised != null) {
            em.persist(value(unit, "digitised", new BigDecimal(digitised), null));
        }
        if (lateFiles != null) {
            em.persist(value(unit, "late-files", new BigDecimal(lateFiles), null));
        }
        if (problems != null) {
            em.persist(value(unit, "problems", null, problems));
        }
    }

    private ReportValue value(String unit, String target, BigDecimal number, String text) {
        return new ReportValue(directive.id(), unit, 0, target, number, text, null, "canbo", START.plusMonths(3));
    }

    /** Reporting's results over this database; its fields are the container's to set, so by reflection. */
    private static PeriodResults computed(EntityManager em) {
        PeriodResults computed = new PeriodResults();
        try {
            for (var entry : java.util.Map.of("em", (Object) em, "series", new DataSeries())
                    .entrySet()) {
                var field = PeriodResults.class.getDeclaredField(entry.getKey());
                field.setAccessible(true);
                field.set(computed, entry.getValue());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return computed;
    }
}
