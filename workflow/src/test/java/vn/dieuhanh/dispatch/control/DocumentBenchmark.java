package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.demo.control.DemoKeys;
import vn.dieuhanh.identity.boundary.Directory.UnitInfo;

/**
 * The document figures of docs/benchmarks.md: {@code mvn verify -Pbenchmarks} (or {@code mvn -pl
 * workflow test -Pbenchmarks}). Warm JVM: each case runs its warm-up first, then the measured
 * runs; medians and 95th percentiles are printed and written to
 * workflow/target/document-benchmarks.md. LibreOffice converting the same letter from .docx is
 * measured in the same run when {@code soffice} is installed.
 */
class DocumentBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int WARM_UP = 100;
    private static final int RUNS = 300;
    private static final char[] PIN = "123456".toCharArray();

    private final OfficialLayout layout = new OfficialLayout();
    private final DocumentTemplates templates = new DocumentTemplates(
            new DocumentTemplates.City(
                    "Hải Phòng",
                    List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"),
                    "UBND THÀNH PHỐ HẢI PHÒNG",
                    "VĂN PHÒNG"),
            code -> new UnitInfo(code, "Đơn vị " + code, code.startsWith("SO-") ? "department" : "district", null));

    private record Figure(String what, String target, double medianMs, double p95Ms, int runs) {
        String row() {
            return String.format(
                    Locale.ROOT, "| %s | %s | %.1f ms | %.1f ms | %d |", what, target, medianMs, p95Ms, runs);
        }
    }

    private static Figure measure(String what, String target, int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        Figure figure = new Figure(what, target, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], runs);
        System.out.println(figure.row());
        return figure;
    }

    private DocumentTemplates.Directive directive(int recipients) {
        return new DocumentTemplates.Directive(
                "ISPEED-HP",
                "Đôn đốc thực hiện tuyên truyền, sử dụng ứng dụng i-Speed để đo tốc độ truy nhập Internet băng rộng di"
                        + " động đến cấp xã, phường",
                "VP-KSTTHC",
                "VP-UBND",
                "SO-TTTT",
                "BO-TTTT",
                IntStream.range(0, recipients).mapToObj(i -> "QUAN-" + i).toList(),
                List.of(
                        new DocumentTemplates.Target("Số mẫu đo mỗi tháng", "tối thiểu 300 mẫu"),
                        new DocumentTemplates.Target("Tốc độ tải xuống trung bình 4G", "tối thiểu 40 Mbps")));
    }

    private DocumentContent letter() {
        String opinion = "Giao các Sở, ngành thành phố, Ủy ban nhân dân các quận, huyện tiếp tục vận động cán bộ, công"
                + " chức, viên chức, tổ công nghệ số cộng đồng chủ động cài đặt và sử dụng công cụ i-Speed, bảo đảm"
                + " tối thiểu 300 mẫu/tháng tại mỗi cơ quan, đơn vị, địa phương.\n"
                + "Giao Sở Thông tin và Truyền thông hướng dẫn, đôn đốc, tổng hợp kết quả; định kỳ ngày 15 hàng"
                + " tháng báo cáo Bộ Thông tin và Truyền thông.";
        return DocumentTemplates.verifiableAt(
                templates.letter(
                        directive(5),
                        new DocumentTemplates.Source(
                                "Bộ Thông tin và Truyền thông",
                                "4459/BTTTT-CVT",
                                LocalDate.of(2024, 10, 18),
                                "Đôn đốc triển khai tuyên truyền sử dụng ứng dụng i-Speed"),
                        opinion,
                        "Hoàng Minh Cường",
                        List.of(),
                        "Trần Huy Kiên",
                        false),
                "http://localhost:9080/v/abcdefgh23");
    }

    @Test
    void documents() throws Exception {
        List<Figure> figures = new ArrayList<>();
        DocumentContent letter = letter();
        figures.add(measure(
                "Letter, PDF/A-2b with number, date and signature fields",
                "<= 12 ms",
                WARM_UP,
                RUNS,
                () -> layout.render(letter)));

        Path keys = Files.createTempDirectory("bench-keys");
        DemoKeys demo = new DemoKeys(keys, "ca".toCharArray());
        demo.ensure("chanhvanphong", "Trần Huy Kiên", "Văn phòng UBND thành phố", PIN);
        demo.ensureSeal("VP-UBND", "Văn phòng UBND thành phố", PIN);
        Pkcs12KeySource source = new Pkcs12KeySource(keys);
        UnlockedKey signer = source.unlock("chanhvanphong", PIN);
        UnlockedKey seal = source.unlock("VP-UBND", PIN);
        byte[] signature = source.appearanceImage("chanhvanphong").orElseThrow();
        byte[] sealImage = source.appearanceImage("VP-UBND").orElseThrow();
        PdfSignatures signatures = new PdfSignatures(List.of(demo.caCertificate()));
        OffsetDateTime now = OffsetDateTime.now(ZONE);
        Supplier<byte[]> sequence = () -> {
            byte[] pdf = layout.render(letter);
            pdf = signatures.signAsAuthor(
                    pdf,
                    signer,
                    new PdfSignatures.SignerAppearance("Trần Huy Kiên", "CHÁNH VĂN PHÒNG", signature, now));
            pdf = signatures.fillNumberAndDate(pdf, "12", VietnameseDates.dateLine("Hải Phòng", now.toLocalDate()));
            return signatures.seal(
                    pdf, seal, new PdfSignatures.SealAppearance("Văn phòng UBND thành phố", sealImage, now));
        };
        byte[] rendered = layout.render(letter);
        Supplier<byte[]> certify = () -> signatures.signAsAuthor(
                rendered,
                signer,
                new PdfSignatures.SignerAppearance("Trần Huy Kiên", "CHÁNH VĂN PHÒNG", signature, now));
        byte[] certified = certify.get();
        Supplier<byte[]> fill = () ->
                signatures.fillNumberAndDate(certified, "12", VietnameseDates.dateLine("Hải Phòng", now.toLocalDate()));
        byte[] filled = fill.get();
        Supplier<byte[]> stamp = () -> signatures.seal(
                filled, seal, new PdfSignatures.SealAppearance("Văn phòng UBND thành phố", sealImage, now));
        figures.add(measure("  of which: the signer's certification signature", "-", WARM_UP, RUNS, certify));
        figures.add(measure("  of which: number and date filled in", "-", WARM_UP, RUNS, fill));
        figures.add(measure("  of which: the seal", "-", WARM_UP, RUNS, stamp));
        byte[] sealedOnce = stamp.get();
        figures.add(measure(
                "Verify both signatures of the issued letter",
                "-",
                WARM_UP,
                RUNS,
                () -> signatures.verify(sealedOnce)));
        byte[] issued = sequence.get();
        assertThat(signatures.verify(issued)).hasSize(2).allMatch(PdfSignatures.SignatureReport::intact);
        figures.add(measure(
                "Render, sign (RSA-3072, visible), number and date, seal", "<= 40 ms", WARM_UP, RUNS, sequence));

        // Five targets over 1,000 units (the consolidation benchmark): five tables of 1,000 rows.
        List<DocumentTemplates.UnitState> units = IntStream.range(0, 1000)
                .mapToObj(i -> new DocumentTemplates.UnitState(
                        "QUAN-" + i, i % 20 == 0 ? 0 : 1, i % 10 == 0 ? "Đã báo cáo (muộn)" : "Đúng hạn"))
                .toList();
        List<DocumentTemplates.TargetSection> sections = IntStream.range(0, 5)
                .mapToObj(t -> new DocumentTemplates.TargetSection(
                        "Chỉ tiêu " + (t + 1),
                        "tối thiểu 80 %",
                        IntStream.range(0, 1000)
                                .mapToObj(i -> (60 + (i * 7 + t) % 41) + " %")
                                .toList(),
                        IntStream.range(0, 1000)
                                .mapToObj(i -> (60 + (i * 7 + t) % 41) >= 80 ? "Đạt" : "Chưa đạt")
                                .toList(),
                        "81,2 %",
                        "Đạt",
                        500,
                        480,
                        20,
                        t == 0
                                ? new DocumentTemplates.Breakdown(
                                        "Kết quả đo theo doanh nghiệp và công nghệ",
                                        List.of("Doanh nghiệp", "Công nghệ", "Số mẫu", "Tải xuống TB (Mbps)", "Đạt"),
                                        List.of(
                                                List.of("Viettel", "4G", "120.340", "52,1", "Đạt"),
                                                List.of("VNPT", "4G", "80.112", "44,8", "Đạt"),
                                                List.of("MobiFone", "4G", "61.902", "38,6", "Chưa đạt")),
                                        List.of(2, 3))
                                : null))
                .toList();
        DocumentContent report =
                templates.consolidatedReport(directive(1000), "Tháng 11/2026", units, sections, "Ngô Quang Hải", false);
        figures.add(measure(
                "Consolidated report, 1,000 units, 5 targets (tables over many pages)",
                "<= 250 ms",
                10,
                30,
                () -> layout.render(report)));

        String office = libreOfficeFigure(letter, figures);
        Path out = Path.of("target", "document-benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "| what | target | median | p95 | runs |\n|---|---|---|---|---|\n"
                        + String.join("\n", figures.stream().map(Figure::row).toList()) + "\n\n" + office + "\n",
                StandardCharsets.UTF_8);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** LibreOffice converting the same letter, as a .docx, to PDF: one soffice process per document. */
    private String libreOfficeFigure(DocumentContent letter, List<Figure> figures) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice)) {
            return "LibreOffice: not installed here, not measured.";
        }
        Path dir = Files.createTempDirectory("bench-lo");
        Path docx = dir.resolve("letter.docx");
        Files.write(docx, docx(letter));
        Path profile = dir.resolve("profile");
        Supplier<Object> convert = () -> {
            try {
                Process p = new ProcessBuilder(
                                soffice.toString(),
                                "-env:UserInstallation=file://" + profile,
                                "--headless",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                dir.toString(),
                                docx.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("soffice.log").toFile())
                        .start();
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("soffice failed");
                }
                return null;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Figure office =
                measure("LibreOffice: the same letter from .docx to PDF (soffice --convert-to)", "-", 2, 10, convert);
        figures.add(office);
        return String.format(
                Locale.ROOT,
                "LibreOffice median / letter render median: %.0fx (target >= 50x); LibreOffice median /"
                        + " render-sign-number-seal median: %.0fx.",
                office.medianMs() / figures.get(0).medianMs(),
                office.medianMs() / sequenceMedian(figures));
    }

    private static double sequenceMedian(List<Figure> figures) {
        return figures.stream()
                .filter(f -> f.what().startsWith("Render, sign"))
                .findFirst()
                .orElseThrow()
                .medianMs();
    }

    /** A minimal WordprocessingML document with the letter's text, enough for LibreOffice to lay out. */
    private static byte[] docx(DocumentContent letter) throws IOException {
        StringBuilder body = new StringBuilder();
        List<String> lines = new ArrayList<>();
        lines.addAll(letter.parentAuthority());
        lines.addAll(letter.authority());
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add("Độc lập - Tự do - Hạnh phúc");
        lines.add("Số: 12/" + letter.numberSuffix());
        lines.add("V/v " + letter.subject());
        lines.add("Kính gửi: " + String.join("; ", letter.addressees()));
        lines.addAll(letter.paragraphs());
        lines.add("Nơi nhận:");
        lines.addAll(letter.copiesTo());
        lines.add(letter.signature().title());
        lines.add(letter.signature().name());
        for (String line : lines) {
            body.append("<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\"/>"
                            + "<w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">")
                    .append(line.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</w:t></w:r></w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\""
                + " w:bottom=\"1134\" w:left=\"1701\"/></w:sectPr></w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                            + " Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                            + " PartName=\"/word/document.xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                            + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", document);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
