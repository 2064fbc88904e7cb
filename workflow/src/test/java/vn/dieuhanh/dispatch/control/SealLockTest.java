package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSource;
import com.itextpdf.signatures.validation.context.TimeBasedContext;
import com.itextpdf.signatures.validation.context.ValidationContext;
import com.itextpdf.signatures.validation.context.ValidatorContext;
import com.itextpdf.signatures.validation.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dieuhanh.demo.control.DemoKeys;
import vn.dieuhanh.dispatch.boundary.DocumentKind;

/**
 * A letter as the system makes it (the real layout), signed by its author, numbered by the clerk
 * and sealed: the number can then no longer change. The author's certification allows form
 * filling (the clerk numbers after the signature); the seal's field declares a lock of every
 * field and no change after it (FieldMDP), so a renumbering appended later is flagged.
 */
class SealLockTest {

    private static final char[] PIN = "123456".toCharArray();
    private static final char[] SEAL = "seal-secret".toCharArray();
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-01-05T09:30:00+07:00");

    @TempDir
    static Path keys;

    static PdfSignatures signatures;
    static byte[] sealed;

    @BeforeAll
    static void signNumberAndSeal() {
        DemoKeys demo = new DemoKeys(keys, "ca-secret".toCharArray());
        demo.ensure("chanhvanphong", "Trần Huy Kiên", "Văn phòng UBND thành phố", PIN);
        demo.ensureSeal("VP-UBND", "Văn phòng UBND thành phố", SEAL);
        Pkcs12KeySource source = new Pkcs12KeySource(keys);
        signatures = new PdfSignatures(List.of(demo.caCertificate()));
        byte[] letter = new OfficialLayout().render(Samples.unsigned(DocumentKind.LETTER));
        byte[] signed = signatures.signAsAuthor(
                letter,
                source.unlock("chanhvanphong", PIN),
                new PdfSignatures.SignerAppearance(
                        "Trần Huy Kiên",
                        "Chánh Văn phòng",
                        source.appearanceImage("chanhvanphong").orElseThrow(),
                        AT));
        byte[] numbered = signatures.fillNumberAndDate(signed, "12", "Hải Phòng, ngày 05 tháng 01 năm 2025");
        sealed = signatures.seal(
                numbered,
                source.unlock("VP-UBND", SEAL),
                new PdfSignatures.SealAppearance(
                        "Văn phòng UBND thành phố",
                        source.appearanceImage("VP-UBND").orElseThrow(),
                        AT));
    }

    private static ValidationReport revisions(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return new ValidatorChainBuilder()
                    .buildDocumentRevisionsValidator()
                    .validateAllDocumentRevisions(
                            new ValidationContext(
                                    ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR,
                                    CertificateSource.SIGNER_CERT,
                                    TimeBasedContext.PRESENT),
                            document);
        }
    }

    @Test
    void the_sealed_letter_has_no_change_beyond_what_each_signature_allows() throws IOException {
        ValidationReport report = revisions(sealed);
        assertThat(report.getValidationResult())
                .as(report.toString())
                .isEqualTo(ValidationReport.ValidationResult.VALID);
        assertThat(signatures.verify(sealed)).hasSize(2).last().satisfies(s -> assertThat(s.coversWholeDocument())
                .isTrue());
    }

    @Test
    void a_number_changed_after_the_seal_is_flagged() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(
                new PdfReader(new ByteArrayInputStream(sealed)),
                new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            PdfAcroForm.getAcroForm(document, false)
                    .getField(OfficialLayout.NUMBER_FIELD)
                    .setValue("13");
        }
        ValidationReport report = revisions(out.toByteArray());
        assertThat(report.getValidationResult())
                .as(report.toString())
                .isNotEqualTo(ValidationReport.ValidationResult.VALID);
        // Our verification too: the seal no longer covers the whole file.
        assertThat(signatures.verify(out.toByteArray())).last().satisfies(s -> assertThat(s.coversWholeDocument())
                .isFalse());
    }
}
