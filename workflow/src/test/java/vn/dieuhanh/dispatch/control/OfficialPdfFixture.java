package vn.dieuhanh.dispatch.control;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.PdfTextFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Stands in for {@link OfficialLayout#render} while that is written elsewhere: a PDF/A-2b A4 page
 * with the same field names and roughly the same geometry.
 */
final class OfficialPdfFixture {

    static final float MM = 72f / 25.4f;
    static final Rectangle SIGNER_RECT = new Rectangle(330, 250, 60 * MM, 28 * MM);
    // Square, over the left third of the signer's field, centred on it vertically.
    static final Rectangle SEAL_RECT = new Rectangle(
            SIGNER_RECT.getX() - 18 * MM + SIGNER_RECT.getWidth() / 6,
            SIGNER_RECT.getY() + SIGNER_RECT.getHeight() / 2 - 18 * MM,
            36 * MM,
            36 * MM);

    private OfficialPdfFixture() {}

    static byte[] officialDocument() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfOutputIntent intent = new PdfOutputIntent(
                    "Custom",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    new ByteArrayInputStream(
                            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B, intent);
            pdf.setDefaultPageSize(PageSize.A4);
            PdfFont font = PdfFontFactory.createFont(
                    font("/fonts/LiberationSerif-Regular.ttf"),
                    PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED);
            // The number and date are typed in later with any character: the whole font is needed.
            font.setSubset(false);
            try (Document document = new Document(pdf)) {
                document.setFont(font).setFontSize(13);
                document.add(new Paragraph("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG")
                        .setTextAlignment(TextAlignment.LEFT)
                        .setWidth(220));
                document.add(new Paragraph("\n\nQUYẾT ĐỊNH")
                        .setTextAlignment(TextAlignment.CENTER)
                        .setFontSize(14));
                document.add(new Paragraph("Về việc giao nhiệm vụ ứng dụng chữ ký số trong văn bản điện tử")
                        .setTextAlignment(TextAlignment.CENTER));
                document.add(new Paragraph("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ"
                                + " về công tác văn thư; xét đề nghị của Chánh Văn phòng, Ủy ban nhân dân thành phố"
                                + " quyết định giao các sở, ngành triển khai ký số văn bản điện tử đúng quy định.")
                        .setTextAlignment(TextAlignment.JUSTIFIED));

                PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, true);
                PdfConformance conformance = pdf.getConformance();
                PdfTextFormField number = new TextFormFieldBuilder(pdf, OfficialLayout.NUMBER_FIELD)
                        .setWidgetRectangle(new Rectangle(60, 735, 200, 18))
                        .setPage(1)
                        .setFont(font)
                        .setConformance(conformance)
                        .createText();
                PdfTextFormField date = new TextFormFieldBuilder(pdf, OfficialLayout.DATE_FIELD)
                        .setWidgetRectangle(new Rectangle(290, 735, 270, 18))
                        .setPage(1)
                        .setFont(font)
                        .setConformance(conformance)
                        .createText();
                for (PdfFormField field : new PdfFormField[] {number, date}) {
                    field.setFontSize(13);
                    field.setValue("");
                    printable(field);
                    form.addField(field, pdf.getPage(1));
                }
                PdfSignatureFormField signer = new SignatureFormFieldBuilder(pdf, OfficialLayout.SIGNER_FIELD)
                        .setWidgetRectangle(SIGNER_RECT)
                        .setPage(1)
                        .setConformance(conformance)
                        .createSignature();
                PdfSignatureFormField seal = new SignatureFormFieldBuilder(pdf, OfficialLayout.SEAL_FIELD)
                        .setWidgetRectangle(SEAL_RECT)
                        .setPage(1)
                        .setConformance(conformance)
                        .createSignature();
                for (PdfFormField field : new PdfFormField[] {signer, seal}) {
                    printable(field);
                    // PDF/A wants an appearance on every widget, even one still blank.
                    Rectangle box = field.getFirstFormAnnotation()
                            .getWidget()
                            .getRectangle()
                            .toRectangle();
                    field.getFirstFormAnnotation()
                            .getWidget()
                            .setNormalAppearance(
                                    new PdfFormXObject(new Rectangle(box.getWidth(), box.getHeight())).getPdfObject());
                    form.addField(field, pdf.getPage(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void printable(PdfFormField field) {
        field.getFirstFormAnnotation().getWidget().setFlags(PdfAnnotation.PRINT);
    }

    static byte[] font(String resource) {
        try (InputStream in = OfficialPdfFixture.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
