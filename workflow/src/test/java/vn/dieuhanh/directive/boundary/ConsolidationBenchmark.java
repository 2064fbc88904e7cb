package vn.dieuhanh.directive.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.spi.JsonbProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.access.boundary.Position;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.demo.control.DemoKeys;
import vn.dieuhanh.directive.control.DirectivePeriods;
import vn.dieuhanh.directive.control.ReportPapers;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.dispatch.boundary.DocumentContent;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.boundary.SignatureReport;
import vn.dieuhanh.dispatch.control.OfficialLayout;
import vn.dieuhanh.dispatch.control.PdfSignatures;
import vn.dieuhanh.dispatch.control.Pkcs12KeySource;
import vn.dieuhanh.dispatch.control.SignatureBlocks;
import vn.dieuhanh.dispatch.control.UnlockedKey;
import vn.dieuhanh.dispatch.control.VietnameseDates;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.identity.boundary.Directory.UnitInfo;
import vn.dieuhanh.persistence.control.MigratedH2;
import vn.dieuhanh.reporting.boundary.DataSeries;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.TargetValues.Verdict;
import vn.dieuhanh.reporting.entity.ReportValue;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The consolidation and dashboard figures of docs/benchmarks.md ({@code mvn -pl workflow -am
 * -Pbenchmarks test -Dtest=ConsolidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}): a
 * monthly directive to 100 recipients, 50 departments and 50 districts each forwarding to 18
 * wards (1,000 units), five targets of every kind; on H2 with the real migrations. Times the
 * consolidated report as the server draws and signs it (the period's results, the tables, the
 * PDF, the director's signature; then the number and the seal) and the dashboard's server side
 * ({@link DirectiveBoard#dashboard}, the org chart answered from memory). Warm JVM, the persistence
 * context cleared before every run as a new request has it; medians and 95th percentiles are
 * printed and written to workflow/target/consolidation-benchmarks.md.
 */
class ConsolidationBenchmark {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-01T00:00+07:00");
    private static final char[] PIN = "123456".toCharArray();
    private static final int DEPARTMENTS = 50;
    private static final int DISTRICTS = 50;
    private static final int WARDS = 18;

    private EntityManagerFactory factory;
    private EntityManager em;
    private final PeriodResults computed = new PeriodResults();
    private final DirectivePeriods results = new DirectivePeriods();
    private Directive directive;
    private final Map<String, UnitInfo> chart = new LinkedHashMap<>();

    private record Figure(String what, String target, double medianMs, double p95Ms, int runs) {
        String row() {
            return String.format(
                    Locale.ROOT, "| %s | %s | %.1f ms | %.1f ms | %d |", what, target, medianMs, p95Ms, runs);
        }
    }

    /** Runs the work warmUp times, then runs times; the persistence context is cleared before each, untimed. */
    private Figure measure(String what, String target, int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            em.clear();
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            em.clear();
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        Figure figure = new Figure(what, target, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], runs);
        System.out.println(figure.row());
        return figure;
    }

    @BeforeEach
    void database() {
        factory = MigratedH2.open("consolidation-benchmark", "board-test");
        em = factory.createEntityManager();
        inject(computed, "em", em);
        inject(computed, "series", new DataSeries());
        inject(results, "em", em);
        inject(results, "results", computed);

        List<String> recipients = new ArrayList<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (int d = 1; d <= DEPARTMENTS; d++) {
            String code = String.format("SO-%02d", d);
            recipients.add(code);
            chart.put(code, new UnitInfo(code, "Sở số " + d, "department", null));
        }
        for (int d = 1; d <= DISTRICTS; d++) {
            String district = String.format("QUAN-%02d", d);
            recipients.add(district);
            chart.put(district, new UnitInfo(district, "Quận số " + d, "district", null));
            for (int w = 1; w <= WARDS; w++) {
                String ward = String.format("PHUONG-%02d-%02d", d, w);
                parents.put(ward, district);
                chart.put(ward, new UnitInfo(ward, "Phường " + w + ", quận số " + d, "ward", district));
            }
        }
        directive = new Directive(
                "SOHOA-1000",
                "V/v đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", "SO-TTTT", "VP-UBND"),
                recipients,
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
                                new BigDecimal("5"),
                                Target.RollUp.SUM,
                                Target.Source.SELF_REPORTED,
                                null),
                        new Target(
                                "spent",
                                "Kinh phí đã giải ngân",
                                "triệu đồng",
                                Target.Kind.NUMBER,
                                Target.Comparison.AT_LEAST,
                                new BigDecimal("50"),
                                Target.RollUp.SUM,
                                Target.Source.SELF_REPORTED,
                                null),
                        new Target(
                                "plan",
                                "Đã ban hành kế hoạch thực hiện",
                                "",
                                Target.Kind.YES_NO,
                                Target.Comparison.YES,
                                null,
                                Target.RollUp.ALL,
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
                new ReportingCycle(START, "P1M", "P0D", "P3D", "PT23H59M", START.plusMonths(12)),
                null);
        directive.issued();

        // Every department and ward reports all five values (one in ten late), except one in 25
        // that stays silent; a district reports only its text, its figures rolled up from its wards.
        OffsetDateTime due = START.plusMonths(1).plusDays(3);
        em.getTransaction().begin();
        em.persist(directive);
        int i = 0;
        for (String code : chart.keySet()) {
            i++;
            em.persist(new UnitAssignment(directive.id(), code, parents.get(code)));
            boolean district = code.startsWith("QUAN-");
            if (!district && i % 25 == 0) {
                em.persist(new DirectiveReminder(directive.id(), code, 0, DirectiveReminder.Kind.REMINDER, due));
                continue;
            }
            em.persist(new UnitReport(directive.id(), code, 0, due.minusDays(1), i % 10 == 0));
            if (!district) {
                value(code, "digitised", new BigDecimal(60 + i % 41), null);
                value(code, "late-files", new BigDecimal(i % 7), null);
                value(code, "spent", new BigDecimal(i % 90 + ".5"), null);
                value(code, "plan", i % 13 == 0 ? BigDecimal.ZERO : BigDecimal.ONE, null);
            }
            value(code, "problems", null, i % 3 == 0 ? "Thiếu máy quét, đường truyền chậm tại bộ phận một cửa" : null);
        }
        em.getTransaction().commit();
        em.clear();
    }

    private void value(String unit, String target, BigDecimal number, String text) {
        if (number != null || text != null) {
            em.persist(
                    new ReportValue(directive.id(), unit, 0, target, number, text, null, "canbo", START.plusMonths(1)));
        }
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void consolidationAndDashboard() throws Exception {
        OfficialLayout layout = new OfficialLayout();
        DocumentTemplates templates = new DocumentTemplates(
                new DocumentTemplates.City(
                        "Hải Phòng",
                        List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"),
                        "UBND THÀNH PHỐ HẢI PHÒNG",
                        "VĂN PHÒNG"),
                code -> {
                    UnitInfo unit = chart.getOrDefault(code, new UnitInfo(code, code, "", null));
                    return new DocumentTemplates.Unit(unit.name(), unit.type(), unit.parentCode());
                });
        DocumentTemplates.Directive data = new DocumentTemplates.Directive(
                directive.code(),
                "đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
                directive.leadUnit(),
                directive.officeUnit(),
                directive.consolidatingUnit(),
                directive.receiverUnit(),
                directive.recipients(),
                List.of());
        String label = directive.cycle().label(0);
        // As Directives.consolidate draws it, then as Documents.sign draws it again with the signer's name.
        Supplier<DocumentContent> content = () -> {
            PeriodResults.Results period = results.of(directive, 0);
            return SignatureBlocks.signedBy(
                    templates.consolidatedReport(
                            data, label, ReportPapers.unitStates(period), ReportPapers.sections(period), null, true),
                    "Ngô Quang Hải");
        };

        PeriodResults.Results period = results.of(directive, 0);
        assertThat(period.units()).hasSize(1000);
        assertThat(period.targets()).hasSize(5);
        assertThat(period.cell("digitised", "QUAN-01").rolledUp()).isTrue();
        assertThat(period.targets().get(3).cells().values())
                .extracting(PeriodResults.Cell::verdict)
                .contains(Verdict.MET, Verdict.NOT_MET, Verdict.MISSING);

        Path keys = Files.createTempDirectory("bench-keys");
        DemoKeys demo = new DemoKeys(keys, "ca".toCharArray());
        demo.ensure("giamdoc", "Ngô Quang Hải", "Sở Thông tin và Truyền thông", PIN);
        demo.ensureSeal("SO-TTTT", "Sở Thông tin và Truyền thông", PIN);
        Pkcs12KeySource source = new Pkcs12KeySource(keys);
        UnlockedKey signer = source.unlock("giamdoc", PIN);
        UnlockedKey seal = source.unlock("SO-TTTT", PIN);
        byte[] signature = source.appearanceImage("giamdoc").orElseThrow();
        byte[] sealImage = source.appearanceImage("SO-TTTT").orElseThrow();
        PdfSignatures signatures = new PdfSignatures(List.of(demo.caCertificate()));
        OffsetDateTime now = START.plusMonths(1).plusDays(10);
        DocumentContent drawn = content.get();
        var appearance = new PdfSignatures.SignerAppearance(
                "Ngô Quang Hải", drawn.signature().title(), signature, now);
        byte[] rendered = layout.render(drawn);
        byte[] signed = signatures.signAsAuthor(rendered, signer, appearance);
        Supplier<byte[]> issue = () -> signatures.seal(
                signatures.fillNumberAndDate(signed, "12", VietnameseDates.dateLine("Hải Phòng", now.toLocalDate())),
                seal,
                new PdfSignatures.SealAppearance("Sở Thông tin và Truyền thông", sealImage, now));
        assertThat(signatures.verify(issue.get())).hasSize(2).allMatch(SignatureReport::intact);

        List<Figure> figures = new ArrayList<>();
        figures.add(measure(
                "Consolidating 1,000 units, 5 targets: results, tables, PDF, signature",
                "<= 1 s",
                10,
                40,
                () -> signatures.signAsAuthor(layout.render(content.get()), signer, appearance)));
        figures.add(measure(
                "  of which: the period's results (PeriodResults.of, 3 queries)",
                "-",
                20,
                100,
                () -> results.of(directive, 0)));
        PeriodResults.Results cached = results.of(directive, 0);
        figures.add(measure(
                "  of which: the tables (sections and content from the results)",
                "-",
                20,
                100,
                () -> templates.consolidatedReport(
                        data, label, ReportPapers.unitStates(cached), ReportPapers.sections(cached), null, true)));
        figures.add(measure("  of which: the PDF (layout.render)", "-", 10, 40, () -> layout.render(drawn)));
        figures.add(measure(
                "  of which: the director's signature (signAsAuthor)",
                "-",
                10,
                40,
                () -> signatures.signAsAuthor(rendered, signer, appearance)));
        figures.add(measure("Then issuing: number, date and seal", "-", 10, 40, issue));

        DirectiveBoard board = board(now);
        Reader director = new Reader("giamdoc-tttt", Set.of(new Position("SO-TTTT", "dic-director")), false);
        DirectiveBoard.Dashboard dashboard = board.dashboard(directive.id(), 0, director);
        assertThat(dashboard.overview().units()).hasSize(100);
        assertThat(dashboard.overview().chartedTarget().code()).isEqualTo("digitised");
        figures.add(measure(
                "Dashboard of the directive, server side (DirectiveBoard.dashboard, period 0)",
                "<= 300 ms",
                50,
                200,
                () -> board.dashboard(directive.id(), 0, director)));
        figures.add(measure(
                "  and the directive list it opens with (DirectiveBoard.visibleTo)",
                "-",
                50,
                200,
                () -> board.visibleTo(director)));

        Path out = Path.of("target", "consolidation-benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "| what | target | median | p95 | runs |\n|---|---|---|---|---|\n"
                        + String.join("\n", figures.stream().map(Figure::row).toList()) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The dashboard on this database: the org chart from memory instead of Keycloak, the clock in period 1. */
    private DirectiveBoard board(OffsetDateTime now) throws IOException {
        DirectiveBoard board = new DirectiveBoard();
        Directives directives = new Directives();
        directives.em = em;
        board.directives = directives;
        board.em = em;
        board.results = results;
        board.clock = Clock.fixed(now.toInstant(), now.getOffset());
        Participations participations = new Participations();
        inject(participations, "em", em);
        inject(participations, "cityOffice", SampleDirectives.cityOffice());
        board.participations = participations;
        directives.participations = participations;
        board.directory = new Directory() {
            @Override
            public UnitInfo unit(String unitCode) {
                return chart.getOrDefault(unitCode, new UnitInfo(unitCode, unitCode, "", null));
            }
        };
        board.documents = withoutJsonBinding(Documents::new);
        inject(board.documents, "em", em);
        return board;
    }

    /** A bean's field in another package, as the container would inject it. */
    private static void inject(Object bean, String field, Object value) {
        try {
            var declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Documents keeps a JSON-B instance in a static field and the tests have no JSON-B
     * implementation (the server brings its own): while the class loads, a provider that refuses
     * every call is offered to it, found through this thread's class loader only. The dashboard
     * does not serialise anything.
     */
    private static <T> T withoutJsonBinding(Supplier<T> create) throws IOException {
        Path services = Files.createTempDirectory("bench-jsonb");
        Path file = services.resolve("jakarta.json.bind.spi.JsonbProvider");
        Files.writeString(file, RefusingJsonb.class.getName());
        URL url = file.toUri().toURL();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(previous) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/jakarta.json.bind.spi.JsonbProvider")
                        ? Collections.enumeration(List.of(url))
                        : super.getResources(name);
            }
        });
        try {
            return create.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A JSON-B provider whose instances refuse every call. */
    public static class RefusingJsonb extends JsonbProvider {
        @Override
        public JsonbBuilder create() {
            ClassLoader loader = RefusingJsonb.class.getClassLoader();
            Jsonb jsonb = (Jsonb) Proxy.newProxyInstance(loader, new Class<?>[] {Jsonb.class}, (p, m, a) -> {
                throw new UnsupportedOperationException("no JSON-B in this benchmark");
            });
            return (JsonbBuilder) Proxy.newProxyInstance(
                    loader,
                    new Class<?>[] {JsonbBuilder.class},
                    (p, m, a) -> m.getName().equals("build") ? jsonb : p);
        }
    }
}
