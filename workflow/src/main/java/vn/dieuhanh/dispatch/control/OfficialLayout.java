package vn.dieuhanh.dispatch.control;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormAnnotation;
import com.itextpdf.forms.fields.PdfFormCreator;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.kernel.xmp.options.PropertyOptions;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import vn.dieuhanh.dispatch.boundary.DocumentContent;

/**
 * Lays out a {@link DocumentContent} as a Decree 30/2020 page with iText: PDF/A-2b, Liberation
 * Serif embedded, the number and date as form fields while unnumbered, and empty signature
 * fields where the signer's and the organisation's signatures go.
 *
 * <p>Thread-safe: a call shares nothing but immutable font and colour-profile bytes with others.
 */
public class OfficialLayout {

    /** Text field for the number, filled by the records clerk after signing. */
    public static final String NUMBER_FIELD = "so";
    /** Text field for the date line, filled by the records clerk after signing. */
    public static final String DATE_FIELD = "ngay";
    /** Signature field of the person who signs (certification signature). */
    public static final String SIGNER_FIELD = "chuky";
    /** Signature field of the organisation's seal (approval signature). */
    public static final String SEAL_FIELD = "condau";

    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    static final float MARGIN_TOP = 20 * MM;
    static final float MARGIN_BOTTOM = 20 * MM;
    static final float MARGIN_LEFT = 30 * MM;
    static final float MARGIN_RIGHT = 15 * MM;

    static final float SIGNER_WIDTH = 60 * MM;
    static final float SIGNER_HEIGHT = 28 * MM;
    static final float SEAL_SIDE = 36 * MM;
    private static final float SIGNATURE_AREA_HEIGHT = 30 * MM;

    /** Header and signature block share the split, so the signer sits under the motto. */
    private static final float[] TWO_COLUMNS = {40, 60};

    private static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String CREATOR = "Điều hành";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final float RULE_WIDTH = 0.6f;
    private static final float LEADING = 1.2f;
    private static final float TIGHT_LEADING = 1.15f;
    /** Opaque grey in the output intent's RGB space: no transparency to reason about under PDF/A. */
    private static final DeviceRgb DRAFT_GREY = new DeviceRgb(0x70, 0x70, 0x70);

    /**
     * Non-breaking spaces leave room for a four-digit number at 13 pt between "Số: " and the slash
     * (a Liberation Serif space is a quarter em, a digit half an em).
     */
    private static final String NUMBER_GAP = "\u00A0".repeat(9);

    private static final float NUMBER_BASELINE_SHIFT = 0.66f;

    public byte[] render(DocumentContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMPException e) {
            throw new IllegalStateException("XMP metadata could not be written", e);
        }
        return out.toByteArray();
    }

    private static void write(DocumentContent c, ByteArrayOutputStream out) throws IOException, XMPException {
        PdfOutputIntent intent = new PdfOutputIntent(
                "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(Resources.SRGB));
        // Deflate at its fastest: the fully embedded field fonts (about 400 KB each) dominate the time,
        // and level 1 halves it for some 7% more bytes.
        PdfDocument pdf = new PdfADocument(
                new PdfWriter(out, new WriterProperties().setCompressionLevel(CompressionConstants.BEST_SPEED)),
                PdfAConformance.PDF_A_2B,
                intent);
        describe(pdf, c);
        Fonts fonts = new Fonts(pdf);
        // Not flushed page by page: page numbers are stamped once the page count is known.
        Document doc = new Document(pdf, PageSize.A4, false);
        doc.setMargins(MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT);
        doc.setFont(fonts.regular).setFontSize(14);

        Builder builder = new Builder(pdf, fonts, c);
        if (c.draft()) {
            doc.add(builder.draftMark());
        }
        doc.add(builder.header());
        if (c.typeTitle() != null) {
            doc.add(builder.typeTitle());
        }
        builder.addressees().forEach(doc::add);
        for (String paragraph : c.paragraphs()) {
            doc.add(builder.body(paragraph));
        }
        for (DocumentContent.Table table : c.tables()) {
            doc.add(builder.caption(table));
            doc.add(builder.table(table));
        }
        doc.add(builder.closing());
        // Laid out, not yet drawn: drawing happens on close, where the field callbacks run.
        stampPageNumbers(pdf, fonts.regular);
        doc.close();
    }

    private static void describe(PdfDocument pdf, DocumentContent c) throws XMPException {
        String title = nfc(c.subject() != null ? c.subject() : c.typeTitle() != null ? c.typeTitle() : "Công văn");
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setCreator(CREATOR);
        info.setAuthor(nfc(String.join(" ", c.authority())));
        pdf.getCatalog().setLang(new PdfString("vi-VN"));
        // iText merges the Info dictionary and the PDF/A identification into this on close.
        XMPMeta xmp = XMPMetaFactory.create();
        xmp.appendArrayItem(
                XMPConst.NS_DC, "language", new PropertyOptions().setArray(true), "vi-VN", new PropertyOptions());
        pdf.setXmpMetadata(xmp);
    }

    private static void stampPageNumbers(PdfDocument pdf, PdfFont font) {
        float centre = (MARGIN_LEFT + PageSize.A4.getWidth() - MARGIN_RIGHT) / 2;
        float baseline = PageSize.A4.getHeight() - MARGIN_TOP / 2 - 4;
        for (int i = 2; i <= pdf.getNumberOfPages(); i++) {
            PdfPage page = pdf.getPage(i);
            try (Canvas canvas = new Canvas(page, page.getPageSize())) {
                canvas.setFont(font)
                        .setFontSize(13)
                        .showTextAligned(Integer.toString(i), centre, baseline, TextAlignment.CENTER);
            }
        }
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String caps(String s) {
        return nfc(s).toUpperCase(VIETNAMESE);
    }

    /** Builds the elements of one document; holds its fonts and adds its fields while drawing. */
    private static final class Builder {
        private final PdfDocument pdf;
        private final Fonts fonts;
        private final DocumentContent c;

        Builder(PdfDocument pdf, Fonts fonts, DocumentContent c) {
            this.pdf = pdf;
            this.fonts = fonts;
            this.c = c;
        }

        Table draftMark() {
            Table box = new Table(1).setHorizontalAlignment(HorizontalAlignment.RIGHT);
            box.addCell(new Cell()
                    .setBorder(new SolidBorder(DRAFT_GREY, 1.2f))
                    .setPaddings(2, 8, 2, 8)
                    .add(line("DỰ THẢO", fonts.bold, 13).setFontColor(DRAFT_GREY)));
            return box.setMarginBottom(4);
        }

        Table header() {
            Table t = twoColumns();
            Cell left = plainCell();
            for (String s : c.parentAuthority()) {
                left.add(line(caps(s), fonts.regular, 13));
            }
            for (String s : c.authority()) {
                left.add(line(caps(s), fonts.bold, 13));
            }
            left.add(rule(UnitValue.createPercentValue(33)));
            Cell right = plainCell();
            right.add(line(NATIONAL_TITLE, fonts.bold, 12));
            right.add(line(MOTTO, fonts.bold, 13));
            right.add(rule(UnitValue.createPointValue(fonts.bold.getWidth(MOTTO, 13))));
            t.addCell(left);
            t.addCell(right);

            Cell number = plainCell().setPaddingTop(8);
            number.add(numberLine());
            if (c.typeTitle() == null && c.subject() != null) {
                number.add(line("V/v " + nfc(c.subject()), fonts.regular, 12).setMarginTop(2));
            }
            Cell date = plainCell().setPaddingTop(8);
            date.add(dateLine());
            t.addCell(number);
            t.addCell(date);
            return t;
        }

        private Paragraph numberLine() {
            String suffix = "/" + nfc(c.numberSuffix());
            if (c.number() != null) {
                return line("Số: " + VietnameseDates.number(c.number()) + suffix, fonts.regular, 13);
            }
            Text gap = new Text(NUMBER_GAP);
            gap.setNextRenderer(new MarkingTextRenderer(gap, this::numberField));
            return line("", fonts.regular, 13).add(new Text("Số: ")).add(gap).add(new Text(suffix));
        }

        private IBlockElement dateLine() {
            if (c.date() != null) {
                return line(VietnameseDates.dateLine(nfc(c.place()), c.date()), fonts.italic, 13);
            }
            Div slot = new Div().setHeight(13 * 1.35f).setWidth(UnitValue.createPercentValue(100));
            slot.setNextRenderer(new MarkingDivRenderer(slot, this::dateField));
            return slot;
        }

        Div typeTitle() {
            Div d = new Div().setMarginTop(14).setMarginBottom(4);
            d.add(line(caps(c.typeTitle()), fonts.bold, 14));
            if (c.subject() != null) {
                d.add(line(nfc(c.subject()), fonts.bold, 14));
            }
            return d;
        }

        List<Paragraph> addressees() {
            List<String> to = c.addressees();
            if (to.isEmpty()) {
                return List.of();
            }
            String label = "Kính gửi:";
            if (to.size() == 1) {
                return List.of(line(label + " " + nfc(to.get(0)), fonts.regular, 14)
                        .setMarginTop(14)
                        .setMarginBottom(8));
            }
            float contentWidth = PageSize.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
            float labelIndent = contentWidth * 0.22f;
            float listIndent = labelIndent + fonts.regular.getWidth(label + " ", 14);
            List<Paragraph> lines = new ArrayList<>();
            lines.add(line(label, fonts.regular, 14)
                    .setTextAlignment(TextAlignment.LEFT)
                    .setMarginLeft(labelIndent)
                    .setMarginTop(14));
            for (String a : to) {
                lines.add(line("- " + nfc(a) + ";", fonts.regular, 14)
                        .setTextAlignment(TextAlignment.LEFT)
                        .setMarginLeft(listIndent));
            }
            lines.get(lines.size() - 1).setMarginBottom(8);
            return lines;
        }

        Paragraph body(String text) {
            return new Paragraph(nfc(text))
                    .setFont(fonts.regular)
                    .setFontSize(14)
                    .setTextAlignment(TextAlignment.JUSTIFIED)
                    .setFirstLineIndent(1.27f * 10 * MM)
                    .setMultipliedLeading(LEADING)
                    .setMarginTop(0)
                    .setMarginBottom(6);
        }

        Paragraph caption(DocumentContent.Table table) {
            return new Paragraph(nfc(table.caption()))
                    .setFont(fonts.bold)
                    .setFontSize(13)
                    .setMultipliedLeading(LEADING)
                    .setMarginTop(8)
                    .setMarginBottom(4)
                    .setKeepWithNext(true);
        }

        Table table(DocumentContent.Table table) {
            int n = table.header().size();
            Table t = new Table(UnitValue.createPercentArray(columnWeights(table)))
                    .useAllAvailableWidth()
                    .setFontSize(11.5f)
                    .setMarginBottom(6);
            for (String h : table.header()) {
                t.addHeaderCell(new Cell()
                        .setPadding(3)
                        .setVerticalAlignment(VerticalAlignment.MIDDLE)
                        .add(line(nfc(h), fonts.bold, 11.5f)));
            }
            for (List<String> row : table.rows()) {
                for (int i = 0; i < n; i++) {
                    TextAlignment align = table.numericColumns().contains(i) ? TextAlignment.RIGHT : TextAlignment.LEFT;
                    t.addCell(new Cell()
                            .setPaddings(2, 3, 2, 3)
                            .add(line(nfc(row.get(i)), fonts.regular, 11.5f).setTextAlignment(align)));
                }
            }
            return t;
        }

        /** Widths by the longest text among the header and the first rows: cheap and good enough. */
        private static float[] columnWeights(DocumentContent.Table table) {
            int n = table.header().size();
            float[] w = new float[n];
            for (int i = 0; i < n; i++) {
                int longest = longestWord(table.header().get(i));
                for (List<String> row :
                        table.rows().subList(0, Math.min(50, table.rows().size()))) {
                    longest = Math.max(longest, Math.min(row.get(i).length(), 40));
                }
                w[i] = Math.max(3, longest);
            }
            return w;
        }

        private static int longestWord(String s) {
            int longest = 0;
            for (String word : s.split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
            return Math.max(longest, Math.min(s.length(), 12));
        }

        /** Recipients on the left, the signer on the right; never split across pages. */
        Div closing() {
            Table t = twoColumns();
            Cell left = plainCell().setPaddingTop(4);
            left.add(line("Nơi nhận:", fonts.boldItalic, 12).setTextAlignment(TextAlignment.LEFT));
            for (String to : c.copiesTo()) {
                left.add(line("- " + nfc(to) + ";", fonts.regular, 11).setTextAlignment(TextAlignment.LEFT));
            }
            String filed = nfc(c.filedAt()).strip();
            left.add(line("- Lưu: " + filed + (filed.endsWith(".") ? "" : "."), fonts.regular, 11)
                    .setTextAlignment(TextAlignment.LEFT));

            DocumentContent.SignatureBlock s = c.signature();
            Cell right = plainCell();
            if (s.capacity() != null) {
                String capacity = caps(s.capacity()) + (s.capacityOf() == null ? "" : " " + caps(s.capacityOf()));
                // "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": a deputy under a collective's authority.
                for (String part : capacity.split("\n")) {
                    right.add(line(part, fonts.bold, 13));
                }
            }
            right.add(line(caps(s.title()), fonts.bold, 13));
            Div area = new Div().setHeight(SIGNATURE_AREA_HEIGHT).setWidth(UnitValue.createPercentValue(100));
            // A record (a slip) is attested by its unit's seal alone: no field for a person's signature.
            area.setNextRenderer(
                    new MarkingDivRenderer(area, c.kind().record() ? this::sealField : this::signatureFields));
            right.add(area);
            if (!nfc(s.name()).isBlank()) {
                right.add(line(nfc(s.name()), fonts.bold, 13));
            }
            t.addCell(left);
            t.addCell(right);

            Div block = new Div().setKeepTogether(true).setMarginTop(12);
            block.add(t);
            if (c.verifyUrl() != null) {
                block.add(verification());
            }
            return block;
        }

        private Table verification() {
            String url = nfc(c.verifyUrl());
            Image qr = new Image(new BarcodeQRCode(url).createFormXObject(ColorConstants.BLACK, pdf))
                    .setWidth(20 * MM)
                    .setHeight(20 * MM);
            Table t = new Table(UnitValue.createPointArray(new float[] {22 * MM, 120 * MM})).setMarginTop(8);
            t.addCell(plainCell().add(qr));
            t.addCell(plainCell()
                    .setVerticalAlignment(VerticalAlignment.MIDDLE)
                    .add(line("Tra cứu, xác thực: " + url, fonts.regular, 9).setTextAlignment(TextAlignment.LEFT)));
            return t;
        }

        private void numberField(int page, Rectangle gap) {
            // Right-aligned so the number touches the slash ("12/VP-KSTTHC"); the widget reaches past
            // iText's 2 pt appearance padding on both sides, and sits lower by the difference between
            // the appearance's baseline and the line's (measured in OfficialLayoutTest).
            Rectangle r = new Rectangle(
                    gap.getX() - 1, gap.getY() - NUMBER_BASELINE_SHIFT, gap.getWidth() + 3, gap.getHeight());
            PdfTextFormField f = new TextFormFieldBuilder(pdf, NUMBER_FIELD)
                    .setWidgetRectangle(r)
                    .setPage(page)
                    .setFont(fonts.fieldRegular())
                    .setConformance(pdf.getConformance())
                    .createText();
            f.setFontSize(13);
            f.setColor(ColorConstants.BLACK);
            f.setJustification(TextAlignment.RIGHT);
            addField(f, page);
        }

        private void dateField(int page, Rectangle r) {
            PdfTextFormField f = new TextFormFieldBuilder(pdf, DATE_FIELD)
                    .setWidgetRectangle(r)
                    .setPage(page)
                    .setFont(fonts.fieldItalic())
                    .setConformance(pdf.getConformance())
                    .createText();
            f.setFontSize(13);
            f.setColor(ColorConstants.BLACK);
            f.setJustification(TextAlignment.CENTER);
            addField(f, page);
        }

        private void signatureFields(int page, Rectangle area) {
            float cx = area.getX() + area.getWidth() / 2;
            float cy = area.getY() + area.getHeight() / 2;
            Rectangle signer =
                    new Rectangle(cx - SIGNER_WIDTH / 2, cy - SIGNER_HEIGHT / 2, SIGNER_WIDTH, SIGNER_HEIGHT);
            // The seal's centre over the middle of the signature's left third (Decree 30 practice).
            float sealCx = signer.getX() + signer.getWidth() / 6;
            Rectangle seal = new Rectangle(sealCx - SEAL_SIDE / 2, cy - SEAL_SIDE / 2, SEAL_SIDE, SEAL_SIDE);
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
            form.addField(signatureField(SIGNER_FIELD, page, signer), pdf.getPage(page));
            form.addField(signatureField(SEAL_FIELD, page, seal), pdf.getPage(page));
        }

        private void sealField(int page, Rectangle area) {
            float cx = area.getX() + area.getWidth() / 2;
            float cy = area.getY() + area.getHeight() / 2;
            Rectangle seal = new Rectangle(cx - SEAL_SIDE / 2, cy - SEAL_SIDE / 2, SEAL_SIDE, SEAL_SIDE);
            PdfFormCreator.getAcroForm(pdf, true).addField(signatureField(SEAL_FIELD, page, seal), pdf.getPage(page));
        }

        private PdfSignatureFormField signatureField(String name, int page, Rectangle r) {
            PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, name)
                    .setWidgetRectangle(r)
                    .setPage(page)
                    .setFont(fonts.regular)
                    .setConformance(pdf.getConformance())
                    .createSignature();
            // An empty appearance: PDF/A wants one on every widget, the signer replaces it when signing.
            // Set on the annotation itself, since the form-field setters would render a text appearance.
            PdfWidgetAnnotation widget = field.getWidgets().get(0);
            widget.setFlags(PdfAnnotation.PRINT);
            widget.setNormalAppearance(new PdfFormXObject(new Rectangle(r.getWidth(), r.getHeight())).getPdfObject());
            if (SEAL_FIELD.equals(name)) {
                // The seal closes the document: signing this field locks every field (the number and
                // the date above all; FieldMDP). Further signatures, timestamps and validation data
                // stay allowed (permission 2), so long-term validation can be added later. Declared here, before
                // the author certifies the file, because adding it at sealing would itself be a change
                // the certification forbids. The author's certification allows form filling so that
                // the clerk can number the document; without the lock an appended revision could
                // renumber a sealed document with both signatures still valid.
                field.getPdfObject()
                        .put(
                                com.itextpdf.kernel.pdf.PdfName.Lock,
                                new com.itextpdf.forms.PdfSigFieldLock()
                                        .setFieldLock(com.itextpdf.forms.PdfSigFieldLock.LockAction.ALL)
                                        .setDocumentPermissions(
                                                com.itextpdf.forms.PdfSigFieldLock.LockPermissions.FORM_FILLING)
                                        .getPdfObject());
            }
            return field;
        }

        private void addField(PdfTextFormField field, int page) {
            PdfAcroForm form = PdfFormCreator.getAcroForm(pdf, true);
            PdfFormAnnotation widget = field.getFirstFormAnnotation();
            widget.setVisibility(PdfFormAnnotation.VISIBLE);
            widget.setBorderWidth(0);
            widget.setBorderColor(null);
            widget.setBackgroundColor(null);
            // iText lists the font in the form's /DR under the name its /DA uses.
            form.addField(field, pdf.getPage(page));
        }

        private Table twoColumns() {
            return new Table(UnitValue.createPercentArray(TWO_COLUMNS))
                    .useAllAvailableWidth()
                    .setBorder(Border.NO_BORDER);
        }

        private static Cell plainCell() {
            return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
        }

        private static LineSeparator rule(UnitValue width) {
            LineSeparator rule = new LineSeparator(new SolidLine(RULE_WIDTH));
            rule.setWidth(width);
            rule.setHorizontalAlignment(HorizontalAlignment.CENTER);
            rule.setMarginTop(2);
            return rule;
        }

        private static Paragraph line(String text, PdfFont font, float size) {
            return new Paragraph(text)
                    .setFont(font)
                    .setFontSize(size)
                    .setMargin(0)
                    .setPadding(0)
                    .setMultipliedLeading(TIGHT_LEADING)
                    .setTextAlignment(TextAlignment.CENTER);
        }
    }

    /** Records where a placeholder was drawn, so the matching field can be put exactly there. */
    private static final class MarkingDivRenderer extends DivRenderer {
        private final BiConsumer<Integer, Rectangle> onDrawn;

        MarkingDivRenderer(Div div, BiConsumer<Integer, Rectangle> onDrawn) {
            super(div);
            this.onDrawn = onDrawn;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new MarkingDivRenderer((Div) modelElement, onDrawn);
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            onDrawn.accept(occupiedArea.getPageNumber(), getOccupiedAreaBBox());
        }
    }

    /** The same for the blank between "Số: " and the slash. */
    private static final class MarkingTextRenderer extends TextRenderer {
        private final BiConsumer<Integer, Rectangle> onDrawn;

        MarkingTextRenderer(Text text, BiConsumer<Integer, Rectangle> onDrawn) {
            super(text);
            this.onDrawn = onDrawn;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new MarkingTextRenderer((Text) modelElement, onDrawn);
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            onDrawn.accept(occupiedArea.getPageNumber(), getOccupiedAreaBBox());
        }
    }

    /** The fonts of one document: iText binds a PdfFont to the document it is written to. */
    private static final class Fonts {
        private final PdfDocument pdf;
        final PdfFont regular;
        final PdfFont bold;
        final PdfFont italic;
        final PdfFont boldItalic;
        private PdfFont fieldRegular;
        private PdfFont fieldItalic;

        Fonts(PdfDocument pdf) throws IOException {
            this.pdf = pdf;
            regular = font(Resources.REGULAR);
            bold = font(Resources.BOLD);
            italic = font(Resources.ITALIC);
            boldItalic = font(Resources.BOLD_ITALIC);
        }

        /**
         * Embedded with every Vietnamese letter, not only those printed now: the clerk's later fill
         * may use any of them. A subset of that repertoire, not the whole font (about a tenth of
         * the bytes, which every later signing step reads and writes again).
         */
        PdfFont fieldRegular() {
            if (fieldRegular == null) {
                fieldRegular = full(Resources.REGULAR);
            }
            return fieldRegular;
        }

        PdfFont fieldItalic() {
            if (fieldItalic == null) {
                fieldItalic = full(Resources.ITALIC);
            }
            return fieldItalic;
        }

        private PdfFont full(byte[] bytes) {
            try {
                PdfFont f = font(bytes);
                // Widths and ToUnicode are written only for glyphs used; using the whole Vietnamese
                // repertoire lets a later fill encode any letter with this font from /DR alone.
                f.convertToBytes(Resources.REPERTOIRE);
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static PdfFont font(byte[] bytes) throws IOException {
            // cached = true: iText keeps the parsed font program, so a call does not reparse the file.
            return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED, true);
        }
    }

    /** Read once per JVM. */
    private static final class Resources {
        static final byte[] REGULAR = load("/fonts/LiberationSerif-Regular.ttf");
        static final byte[] BOLD = load("/fonts/LiberationSerif-Bold.ttf");
        static final byte[] ITALIC = load("/fonts/LiberationSerif-Italic.ttf");
        static final byte[] BOLD_ITALIC = load("/fonts/LiberationSerif-BoldItalic.ttf");
        static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        /** Printable ASCII, Latin-1 letters, and every Vietnamese letter with its tone marks, in NFC. */
        static final String REPERTOIRE = repertoire();

        private static String repertoire() {
            StringBuilder sb = new StringBuilder();
            appendRange(sb, 0x20, 0x7E);
            appendRange(sb, 0xA0, 0xFF);
            sb.append("ĂăĐđĨĩŨũƠơƯư–—‘’“”…");
            appendRange(sb, 0x1EA0, 0x1EF9);
            return sb.toString();
        }

        private static void appendRange(StringBuilder sb, int from, int to) {
            for (int cp = from; cp <= to; cp++) {
                sb.appendCodePoint(cp);
            }
        }

        private static byte[] load(String path) {
            try (InputStream in = OfficialLayout.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the class path: " + path);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
