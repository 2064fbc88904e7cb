package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static vn.dieuhanh.dispatch.control.OfficialLayout.MARGIN_BOTTOM;
import static vn.dieuhanh.dispatch.control.OfficialLayout.MARGIN_LEFT;
import static vn.dieuhanh.dispatch.control.OfficialLayout.MARGIN_RIGHT;
import static vn.dieuhanh.dispatch.control.OfficialLayout.MARGIN_TOP;
import static vn.dieuhanh.dispatch.control.OfficialLayout.MM;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dieuhanh.dispatch.boundary.DocumentContent;
import vn.dieuhanh.dispatch.boundary.DocumentKind;

class OfficialLayoutTest {

    private static final OfficialLayout LAYOUT = new OfficialLayout();
    private static final Path SAMPLES = Path.of("target", "samples");
    private static final float TOLERANCE = 0.5f;

    /** Unnumbered (fields for number and date), issued (numbered, dated, QR) and draft, per kind. */
    private static final Map<DocumentKind, byte[]> UNSIGNED = new EnumMap<>(DocumentKind.class);

    private static final Map<DocumentKind, byte[]> ISSUED = new EnumMap<>(DocumentKind.class);
    private static final Map<DocumentKind, byte[]> DRAFT = new EnumMap<>(DocumentKind.class);
    private static byte[] thousandRows;

    @BeforeAll
    static void renderSamples() throws IOException {
        Files.createDirectories(SAMPLES);
        for (DocumentKind kind : DocumentKind.values()) {
            String name = kind.name().toLowerCase();
            UNSIGNED.put(kind, save(name + ".pdf", LAYOUT.render(Samples.unsigned(kind))));
            ISSUED.put(kind, save(name + "-issued.pdf", LAYOUT.render(Samples.issued(kind))));
            DRAFT.put(kind, save(name + "-draft.pdf", LAYOUT.render(Samples.draft(kind))));
        }
        thousandRows = save(
                "consolidated_report-1000-rows.pdf",
                LAYOUT.render(
                        Samples.consolidatedReport(1000).numbered(3, LocalDate.of(2025, 2, 20), Samples.VERIFY_URL)));
    }

    private static byte[] save(String name, byte[] pdf) throws IOException {
        Files.write(SAMPLES.resolve(name), pdf);
        return pdf;
    }

    static Stream<Arguments> everySample() {
        List<Arguments> all = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            all.add(Arguments.of(kind + " unsigned", UNSIGNED.get(kind)));
            all.add(Arguments.of(kind + " issued", ISSUED.get(kind)));
            all.add(Arguments.of(kind + " draft", DRAFT.get(kind)));
        }
        all.add(Arguments.of("1,000-row report", thousandRows));
        return all.stream();
    }

    @Test
    void letter_shows_the_decree_30_elements_in_order() {
        String text = PdfInspect.text(ISSUED.get(DocumentKind.LETTER));

        assertInOrder(
                text,
                "ỦY BAN NHÂN DÂN",
                "THÀNH PHỐ HẢI PHÒNG",
                "VĂN PHÒNG",
                "Số: 12/VP-KSTTHC",
                "V/v triển khai đo kiểm",
                "Kính gửi:",
                "- Sở Thông tin và Truyền thông;",
                "- UBND quận Ngô Quyền;",
                "Thực hiện ý kiến chỉ đạo của Chủ tịch",
                "biết, thực hiện./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, KSTTHC6.",
                "Nguyễn Văn An");
        assertInOrder(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/VP-KSTTHC");
        assertInOrder(text, "Độc lập - Tự do - Hạnh phúc", "Hải Phòng, ngày 05 tháng 01 năm 2025", "Kính gửi:");
        assertInOrder(text, "biết, thực hiện./.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn An");
        assertInOrder(text, "Nguyễn Văn An", "Tra cứu, xác thực: " + Samples.VERIFY_URL.substring(0, 20));
    }

    @Test
    void report_has_its_type_title_and_subject_after_the_header_and_no_v_v_line() {
        String text = PdfInspect.text(ISSUED.get(DocumentKind.UNIT_REPORT));

        assertInOrder(
                text,
                "Số: 12/BC-UBND",
                "Ngô Quyền, ngày 05 tháng 01 năm 2025",
                "BÁO CÁO",
                "Kết quả đo kiểm tốc độ truy cập Internet i-Speed tháng 01/2025",
                "Kính gửi: Văn phòng Ủy ban nhân dân thành phố",
                "Bảng 1. Kết quả đo kiểm theo phường",
                "Nơi nhận:",
                "- Lưu: VT, VHTT.",
                "Đỗ Mạnh Hiến");
        assertInOrder(text, "Bảng 1.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Mạnh Hiến");
        assertThat(text).doesNotContain("V/v");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-05, 'Hải Phòng, ngày 05 tháng 01 năm 2025'",
        "2025-02-15, 'Hải Phòng, ngày 15 tháng 02 năm 2025'",
        "2025-07-07, 'Hải Phòng, ngày 07 tháng 7 năm 2025'",
        "2025-11-30, 'Hải Phòng, ngày 30 tháng 11 năm 2025'"
    })
    void rendered_date_line_follows_the_leading_zero_rule(LocalDate date, String expected) {
        byte[] pdf = LAYOUT.render(Samples.letter().numbered(7, date, null));

        assertThat(PdfInspect.pageTexts(pdf).get(0)).contains(expected).contains("Số: 07/VP-KSTTHC");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void every_font_is_embedded(String sample, byte[] pdf) {
        try (PdfDocument doc = PdfInspect.open(pdf)) {
            List<PdfDictionary> fonts = PdfInspect.fonts(doc);

            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(PdfInspect.embedded(f))
                    .as(PdfInspect.baseFont(f))
                    .isTrue());
            assertThat(fonts).allSatisfy(f -> assertThat(PdfInspect.baseFont(f)).contains("LiberationSerif"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void all_text_lies_inside_the_margins_but_the_page_number(String sample, byte[] pdf) {
        float minX = MARGIN_LEFT - TOLERANCE;
        float maxX = PageSize.A4.getWidth() - MARGIN_RIGHT + TOLERANCE;
        float minY = MARGIN_BOTTOM - TOLERANCE;
        float maxY = PageSize.A4.getHeight() - MARGIN_TOP + TOLERANCE;
        try (PdfDocument doc = PdfInspect.open(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                for (PdfInspect.Chunk c : PdfInspect.chunks(doc, page)) {
                    Rectangle b = c.box();
                    if (page > 1 && c.text().equals(Integer.toString(page)) && b.getBottom() > maxY) {
                        assertThat(b.getTop())
                                .as("page number stays on the page")
                                .isLessThan(PageSize.A4.getHeight());
                        continue;
                    }
                    String where = "'" + c.text() + "' on page " + page + " at " + b;
                    assertThat(b.getLeft()).as(where).isGreaterThanOrEqualTo(minX);
                    assertThat(b.getRight()).as(where).isLessThanOrEqualTo(maxX);
                    assertThat(b.getBottom()).as(where).isGreaterThanOrEqualTo(minY);
                    assertThat(b.getTop()).as(where).isLessThanOrEqualTo(maxY);
                }
            }
        }
    }

    @Test
    void page_numbers_are_centred_in_the_top_margin_from_page_two_on() {
        float centre = (MARGIN_LEFT + PageSize.A4.getWidth() - MARGIN_RIGHT) / 2;
        float marginLine = PageSize.A4.getHeight() - MARGIN_TOP;
        try (PdfDocument doc = PdfInspect.open(thousandRows)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(20);

            assertThat(PdfInspect.chunks(doc, 1))
                    .as("nothing in the top margin of page 1")
                    .allSatisfy(c -> assertThat(c.box().getBottom()).isLessThan(marginLine));
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                List<PdfInspect.Chunk> inMargin = PdfInspect.chunks(doc, page).stream()
                        .filter(c -> c.box().getBottom() > marginLine)
                        .toList();
                assertThat(inMargin).as("page " + page).hasSize(1);
                PdfInspect.Chunk number = inMargin.get(0);
                assertThat(number.text()).isEqualTo(Integer.toString(page));
                float middle = (number.box().getLeft() + number.box().getRight()) / 2;
                assertThat(middle).as("centred").isCloseTo(centre, offset(1f));
            }
        }
        try (PdfDocument doc = PdfInspect.open(ISSUED.get(DocumentKind.LETTER))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfInspect.chunks(doc, 2).get(0).text()).isEqualTo("2");
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void unnumbered_documents_leave_text_fields_for_number_and_date(DocumentKind kind) {
        try (PdfDocument doc = PdfInspect.open(UNSIGNED.get(kind))) {
            Map<String, PdfFormField> fields = fields(doc);

            assertThat(fields.get(OfficialLayout.NUMBER_FIELD)).isInstanceOf(PdfTextFormField.class);
            assertThat(fields.get(OfficialLayout.DATE_FIELD)).isInstanceOf(PdfTextFormField.class);
            for (String name : List.of(OfficialLayout.NUMBER_FIELD, OfficialLayout.DATE_FIELD)) {
                PdfFormField field = fields.get(name);
                PdfWidgetAnnotation widget = field.getWidgets().get(0);
                assertThat(widget.getFlags() & PdfAnnotation.PRINT).isNotZero();
                assertThat(widget.getNormalAppearanceObject()).isNotNull();
                assertThat(widget.getPage()).isSameAs(doc.getPage(1));
                // The /DA font is in the form's /DR, embedded with every Vietnamese letter, not
                // only those the page prints: the clerk may fill in any of them later.
                String da = field.getPdfObject().getAsString(PdfName.DA).getValue();
                String fontName = da.substring(1, da.indexOf(' '));
                PdfDictionary font = doc.getCatalog()
                        .getPdfObject()
                        .getAsDictionary(PdfName.AcroForm)
                        .getAsDictionary(PdfName.DR)
                        .getAsDictionary(PdfName.Font)
                        .getAsDictionary(new PdfName(fontName));
                assertThat(font).as(name + " font " + fontName).isNotNull();
                assertThat(PdfInspect.embedded(font)).isTrue();
                assertThat(PdfInspect.baseFont(font)).contains("LiberationSerif");
                PdfFont loaded = PdfFontFactory.createFont(font);
                for (char letter : "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẰằẴẵỆệỊịỎỏỐốỜờỠỡỤụỨứỲỳỴỵỶỷỸỹ".toCharArray()) {
                    assertThat(loaded.containsGlyph(letter))
                            .as(name + " font has " + letter)
                            .isTrue();
                }
            }
        }
        try (PdfDocument doc = PdfInspect.open(ISSUED.get(kind))) {
            assertThat(fields(doc)).doesNotContainKeys(OfficialLayout.NUMBER_FIELD, OfficialLayout.DATE_FIELD);
        }
    }

    /** Every sample of a kind a person signs (records, the slips, carry a seal only). */
    static Stream<Arguments> everySignedSample() {
        return everySample().filter(a -> !kindOf((String) a.get()[0]).record());
    }

    private static DocumentKind kindOf(String sample) {
        return DocumentKind.valueOf(sample.split(" ")[0].replace("1,000-row", "CONSOLIDATED_REPORT"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = DocumentKind.class,
            names = {"OPINION_SLIP", "ASSIGNMENT_SLIP"})
    void a_record_has_no_signer_field_and_no_name_only_its_units_seal_centred_in_the_column(DocumentKind kind) {
        assertThat(kind.record()).isTrue();
        for (byte[] pdf : List.of(UNSIGNED.get(kind), ISSUED.get(kind), DRAFT.get(kind))) {
            try (PdfDocument doc = PdfInspect.open(pdf)) {
                Map<String, PdfFormField> fields = fields(doc);
                assertThat(fields).doesNotContainKey(OfficialLayout.SIGNER_FIELD);
                PdfFormField seal = fields.get(OfficialLayout.SEAL_FIELD);
                assertThat(seal).isInstanceOf(PdfSignatureFormField.class);
                assertThat(seal.getPdfObject().get(PdfName.V)).as("unsigned").isNull();
                Rectangle c = seal.getWidgets().get(0).getRectangle().toRectangle();
                assertThat(c.getWidth()).isCloseTo(36 * MM, offset(1f));
                float contentCentre = (MARGIN_LEFT + PageSize.A4.getWidth() - MARGIN_RIGHT) / 2;
                assertThat(c.getLeft()).isGreaterThan(contentCentre);
            }
        }
        // Who gave the opinion or the assignment is in the text, not under a signature.
        assertThat(PdfInspect.text(ISSUED.get(kind))).containsPattern("Người (cho ý kiến|giao việc|chuyển)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySignedSample")
    void signer_and_seal_are_empty_signature_fields_the_seal_over_the_left_third(String sample, byte[] pdf) {
        try (PdfDocument doc = PdfInspect.open(pdf)) {
            Map<String, PdfFormField> fields = fields(doc);
            PdfFormField signer = fields.get(OfficialLayout.SIGNER_FIELD);
            PdfFormField seal = fields.get(OfficialLayout.SEAL_FIELD);

            assertThat(signer).isInstanceOf(PdfSignatureFormField.class);
            assertThat(seal).isInstanceOf(PdfSignatureFormField.class);
            for (PdfFormField f : List.of(signer, seal)) {
                assertThat(f.getPdfObject().getAsName(PdfName.FT)).isEqualTo(PdfName.Sig);
                assertThat(f.getPdfObject().get(PdfName.V)).as("unsigned").isNull();
                PdfWidgetAnnotation widget = f.getWidgets().get(0);
                assertThat(widget.getFlags() & PdfAnnotation.PRINT).isNotZero();
                assertThat(widget.getPage()).isSameAs(doc.getLastPage());
            }
            Rectangle s = signer.getWidgets().get(0).getRectangle().toRectangle();
            Rectangle c = seal.getWidgets().get(0).getRectangle().toRectangle();
            assertThat(s.getWidth()).isCloseTo(60 * MM, offset(1f));
            assertThat(s.getHeight()).isCloseTo(28 * MM, offset(1f));
            assertThat(c.getWidth()).isCloseTo(36 * MM, offset(1f));
            assertThat(c.getHeight()).isCloseTo(36 * MM, offset(1f));
            float sealCentreX = c.getX() + c.getWidth() / 2;
            float sealCentreY = c.getY() + c.getHeight() / 2;
            assertThat(sealCentreX).isBetween(s.getLeft(), s.getLeft() + s.getWidth() / 3);
            assertThat(sealCentreY).isBetween(s.getBottom(), s.getTop());
            // The signer's area lies in the right column, between the title and the name.
            float contentCentre = (MARGIN_LEFT + PageSize.A4.getWidth() - MARGIN_RIGHT) / 2;
            assertThat(s.getLeft()).isGreaterThan(contentCentre - 20 * MM);
            assertThat(s.getRight()).isLessThanOrEqualTo(PageSize.A4.getWidth() - MARGIN_RIGHT);
            List<PdfInspect.Chunk> chunks = PdfInspect.chunks(doc, doc.getNumberOfPages());
            String name = nameOf(sample);
            PdfInspect.Chunk nameChunk = chunks.stream()
                    .filter(ch -> ch.text().contains(name.split(" ")[0]))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(nameChunk.box().getTop()).isLessThanOrEqualTo(s.getBottom() + 2);
        }
    }

    private static String nameOf(String sample) {
        return Samples.unsigned(kindOf(sample)).signature().name();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void draft_mark_only_on_drafts(DocumentKind kind) {
        assertThat(PdfInspect.pageTexts(DRAFT.get(kind)).get(0)).contains("DỰ THẢO");
        assertThat(PdfInspect.text(UNSIGNED.get(kind))).doesNotContain("DỰ THẢO");
        assertThat(PdfInspect.text(ISSUED.get(kind))).doesNotContain("DỰ THẢO");
        try (PdfDocument doc = PdfInspect.open(DRAFT.get(kind))) {
            assertThat(fields(doc))
                    .containsKeys(OfficialLayout.NUMBER_FIELD, OfficialLayout.DATE_FIELD, OfficialLayout.SEAL_FIELD);
            if (!kind.record()) {
                assertThat(fields(doc)).containsKey(OfficialLayout.SIGNER_FIELD);
            }
        }
    }

    @Test
    void a_thousand_row_table_runs_over_many_pages_with_its_header_on_each() {
        List<String> pages = PdfInspect.pageTexts(thousandRows);

        assertThat(pages.size()).isGreaterThan(20);
        String all = String.join("\n", pages);
        assertThat(all).contains("Bảng 1. Kết quả đo kiểm theo đơn vị");
        for (int row : new int[] {1, 500, 1000}) {
            assertThat(all).containsPattern("(?m)^" + row + " Phường ");
        }
        int tablePages = 0;
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).contains("Phường ")) {
                tablePages++;
                assertThat(pages.get(i)).as("page " + (i + 1)).contains("STT").contains("Tải xuống");
            }
        }
        assertThat(tablePages).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySample")
    void is_pdfa_2b_for_verapdf(String sample, byte[] pdf) {
        assertThat(PdfA.violations(pdf)).isEmpty();
    }

    @Test
    void the_verapdf_helper_rejects_a_plain_pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfWriter(out));
                com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(doc)) {
            layout.add(new com.itextpdf.layout.element.Paragraph("Không phải PDF/A"));
        }

        assertThat(PdfA.violations(out.toByteArray())).isNotEmpty();
    }

    @Test
    void metadata_names_the_subject_the_language_and_the_creator() throws Exception {
        try (PdfDocument doc = PdfInspect.open(ISSUED.get(DocumentKind.LETTER))) {
            assertThat(doc.getDocumentInfo().getTitle()).isEqualTo(Samples.LETTER_SUBJECT);
            assertThat(doc.getDocumentInfo().getCreator()).isEqualTo("Điều hành");
            assertThat(doc.getCatalog().getLang()).isEqualTo(new PdfString("vi-VN"));
            String xmp = new String(doc.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("vi-VN")
                    .contains("Điều hành")
                    .contains(Samples.LETTER_SUBJECT)
                    .containsPattern("pdfaid:part(>|=\")2")
                    .containsPattern("pdfaid:conformance(>|=\")B");
        }
    }

    @Test
    void number_and_date_fields_filled_later_read_as_one_line_with_the_printed_text() throws Exception {
        byte[] filled = fill(UNSIGNED.get(DocumentKind.LETTER), "12", "Hải Phòng, ngày 05 tháng 01 năm 2025");
        save("letter-filled.pdf", filled);
        assertThat(PdfA.violations(filled))
                .as("still PDF/A after the incremental update")
                .isEmpty();

        byte[] flat = flatten(filled);
        try (PdfDocument doc = PdfInspect.open(flat)) {
            List<PdfInspect.Chunk> chunks = PdfInspect.chunks(doc, 1);
            PdfInspect.Chunk so = find(chunks, "Số:");
            PdfInspect.Chunk twelve = find(chunks, "12");
            PdfInspect.Chunk suffix = find(chunks, "/VP-KSTTHC");
            assertThat(twelve.baseline()).isCloseTo(so.baseline(), offset(0.3f));
            assertThat(suffix.baseline()).isCloseTo(so.baseline(), offset(0.3f));
            assertThat(twelve.box().getLeft()).isGreaterThan(so.box().getRight());
            // "12/VP-KSTTHC" reads as one: the number ends at the slash.
            assertThat(suffix.box().getLeft() - twelve.box().getRight()).isBetween(-0.5f, 1f);
            PdfInspect.Chunk date = find(chunks, "ngày 05 tháng 01 năm 2025");
            assertThat(date.box().getLeft()).isGreaterThan(PageSize.A4.getWidth() / 2 - 20);
            assertThat(date.baseline()).isCloseTo(so.baseline(), offset(0.5f));
        }
    }

    private static PdfInspect.Chunk find(List<PdfInspect.Chunk> chunks, String text) {
        return chunks.stream()
                .filter(c -> c.text().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' not among "
                        + chunks.stream().map(PdfInspect.Chunk::text).toList()));
    }

    /** The records clerk's step, as an incremental update using the font the form carries. */
    private static byte[] fill(byte[] pdf, String number, String dateLine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(
                new PdfReader(new ByteArrayInputStream(pdf)),
                new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            PdfAcroForm form = PdfFormCreator.getAcroForm(doc, false);
            form.getField(OfficialLayout.NUMBER_FIELD).setValue(number);
            form.getField(OfficialLayout.DATE_FIELD).setValue(dateLine);
        }
        return out.toByteArray();
    }

    private static byte[] flatten(byte[] pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out))) {
            PdfFormCreator.getAcroForm(doc, false).flattenFields();
        }
        return out.toByteArray();
    }

    @Test
    void decomposed_input_is_laid_out_in_nfc() {
        DocumentContent c = Samples.letter();
        DocumentContent decomposed = new DocumentContent(
                c.kind(),
                nfd(c.parentAuthority()),
                nfd(c.authority()),
                null,
                nfd(c.numberSuffix()),
                5,
                nfd(c.subject()),
                nfd(c.place()),
                LocalDate.of(2025, 2, 3),
                nfd(c.addressees()),
                nfd(c.paragraphs()),
                List.of(),
                new DocumentContent.SignatureBlock(
                        "KT.", nfd("Chánh Văn phòng"), nfd("Phó Chánh Văn phòng"), nfd("Nguyễn Văn An")),
                nfd(c.copiesTo()),
                nfd(c.filedAt()),
                false,
                null);

        String text = PdfInspect.text(LAYOUT.render(decomposed));

        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text)
                .contains("Hải Phòng, ngày 03 tháng 02 năm 2025")
                .contains("V/v triển khai đo kiểm")
                .contains("- UBND quận Ngô Quyền;")
                .contains("PHÓ CHÁNH VĂN PHÒNG")
                .contains("Nguyễn Văn An");
    }

    private static List<String> nfd(List<String> strings) {
        return strings.stream().map(OfficialLayoutTest::nfd).toList();
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void renders_concurrently_with_the_shared_font_programs() throws Exception {
        List<DocumentKind> kinds = List.of(DocumentKind.values());
        Map<DocumentKind, String> expected = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : kinds) {
            expected.put(kind, PdfInspect.text(ISSUED.get(kind)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                DocumentKind kind = kinds.get(i % kinds.size());
                results.add(pool.submit(() -> {
                    byte[] pdf = LAYOUT.render(Samples.issued(kind));
                    assertThat(PdfInspect.text(pdf)).isEqualTo(expected.get(kind));
                    return null;
                }));
            }
            for (Future<Void> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void poppler_sees_every_font_embedded() throws Exception {
        Path file = SAMPLES.resolve("letter.pdf");
        String out = run("pdffonts", file.toString());

        List<String> rows =
                Arrays.stream(out.split("\n")).skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row).containsPattern("Identity-H\\s+yes"));
    }

    @Test
    void poppler_reads_the_vietnamese_lines() throws Exception {
        String text =
                run("pdftotext", "-layout", SAMPLES.resolve("letter-issued.pdf").toString(), "-");

        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Hải Phòng, ngày 05 tháng 01 năm 2025")
                .contains("Số: 12/VP-KSTTHC")
                .contains("Kính gửi:")
                .contains("Sở Thông tin và Truyền thông;")
                .contains("Nơi nhận:")
                .contains("PHÓ CHÁNH VĂN PHÒNG")
                .contains("Nguyễn Văn An");
    }

    private static Map<String, PdfFormField> fields(PdfDocument doc) {
        PdfAcroForm form = PdfFormCreator.getAcroForm(doc, false);
        return form == null ? Map.of() : form.getAllFormFields();
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at)
                    .as("'" + part + "' after position " + from + " in:\n" + text)
                    .isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    private static String run(String... command) throws Exception {
        // A missing tool fails the build rather than skipping: a skipped check reads as a passed one.
        assertThat(onPath(command[0]))
                .as(command[0] + " is needed (Debian package poppler-utils; .ci/run installs it)")
                .isTrue();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, binary)));
    }
}
