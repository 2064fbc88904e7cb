package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.dispatch.boundary.PdfSafety;

class PdfSafetyTest {

    private final PdfSafety safety = new PdfSafety();

    @Test
    void theOfficialDocumentIsAccepted() {
        byte[] pdf = OfficialPdfFixture.officialDocument();
        assertThat(safety.hasJavaScriptOrEncryption(pdf)).isFalse();
        safety.check(pdf);
    }

    @Test
    void aScriptRunOnOpeningIsRefused() {
        byte[] pdf = pdf(
                document -> document.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert('xin chào');")));

        assertThat(safety.hasJavaScriptOrEncryption(pdf)).isTrue();
        assertThat(safety.findings(pdf)).contains(PdfSafety.Finding.JAVASCRIPT, PdfSafety.Finding.AUTOMATIC_ACTION);
        assertThatThrownBy(() -> safety.check(pdf))
                .isInstanceOf(PdfSafety.UnsafePdfException.class)
                .hasMessageContaining("JavaScript");
    }

    @Test
    void aDocumentLevelScriptIsRefused() {
        byte[] pdf = pdf(document -> {});
        byte[] withScript = pdf(document -> document.getCatalog()
                .getPdfObject()
                .put(PdfName.Names, new PdfDictionary(Map.of(PdfName.JavaScript, new PdfDictionary()))));

        assertThat(safety.findings(pdf)).isEmpty();
        assertThat(safety.findings(withScript)).containsExactly(PdfSafety.Finding.JAVASCRIPT);
    }

    @Test
    void anEmbeddedFileIsRefused() {
        byte[] pdf = pdf(document -> document.addFileAttachment(
                "virus.exe",
                PdfFileSpec.createEmbeddedFileSpec(
                        document, "MZ".getBytes(StandardCharsets.US_ASCII), "tệp", "virus.exe", null, null)));

        assertThat(safety.findings(pdf)).contains(PdfSafety.Finding.EMBEDDED_FILES);
        assertThatThrownBy(() -> safety.check(pdf)).hasMessageContaining("embedded files");
    }

    @Test
    void anEncryptedDocumentIsRefusedWithOrWithoutAnOpenPassword() {
        byte[] withUserPassword = encrypted("mo".getBytes(StandardCharsets.US_ASCII));
        byte[] ownerOnly = encrypted(null);

        for (byte[] pdf : new byte[][] {withUserPassword, ownerOnly}) {
            assertThat(safety.hasJavaScriptOrEncryption(pdf)).isTrue();
            assertThatThrownBy(() -> safety.check(pdf))
                    .isInstanceOf(PdfSafety.UnsafePdfException.class)
                    .hasMessage(PdfSafety.Finding.ENCRYPTED.message());
        }
    }

    @Test
    void aFileThatIsNotAPdfIsReportedAsSuch() {
        assertThatThrownBy(() -> safety.check("PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PdfSafety.NOT_A_PDF);
        assertThatThrownBy(() -> safety.check("%PDF-1.7\n garbage garbage".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PdfSafety.NOT_A_PDF);
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeReading() {
        PdfSafety small = new PdfSafety(1024);
        assertThatThrownBy(() -> small.checkSize(5L * 1024 * 1024))
                .isInstanceOf(PdfSafety.UnsafePdfException.class)
                .hasMessageContaining("Tệp quá lớn (5.0 MB")
                .hasMessageContaining("too large");
        small.checkSize(1024);
        assertThatThrownBy(() -> small.check(OfficialPdfFixture.officialDocument()))
                .hasMessageContaining("too large");
    }

    private static byte[] pdf(Consumer<PdfDocument> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                Document document = new Document(pdf)) {
            document.add(new Paragraph("Hello"));
            change.accept(pdf);
        }
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] userPassword) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterProperties properties = new WriterProperties()
                .setStandardEncryption(
                        userPassword,
                        "chu".getBytes(StandardCharsets.US_ASCII),
                        EncryptionConstants.ALLOW_PRINTING,
                        EncryptionConstants.ENCRYPTION_AES_256);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties));
                Document document = new Document(pdf)) {
            document.add(new Paragraph("Secret"));
        }
        return out.toByteArray();
    }
}
