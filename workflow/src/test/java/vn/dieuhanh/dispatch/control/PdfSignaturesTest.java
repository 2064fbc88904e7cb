package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.TextFormFieldBuilder;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSource;
import com.itextpdf.signatures.validation.context.TimeBasedContext;
import com.itextpdf.signatures.validation.context.ValidationContext;
import com.itextpdf.signatures.validation.context.ValidatorContext;
import com.itextpdf.signatures.validation.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import vn.dieuhanh.demo.control.DemoKeys;
import vn.dieuhanh.dispatch.boundary.NoKeyException;
import vn.dieuhanh.dispatch.boundary.PdfSafety;
import vn.dieuhanh.dispatch.boundary.SignatureReport;
import vn.dieuhanh.dispatch.boundary.WrongPinException;

class PdfSignaturesTest {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
    private static final char[] SIGNER_PIN = "123456".toCharArray();
    private static final char[] SEAL_SECRET = "dau-vp-ubnd".toCharArray();
    private static final String NUMBER = "Số: 15/QĐ-UBND";
    private static final String DATE = "Hải Phòng, ngày 05 tháng 01 năm 2025";
    private static final OffsetDateTime SIGNED_AT = OffsetDateTime.of(2025, 1, 5, 9, 30, 0, 0, ZoneOffset.ofHours(7));
    private static final OffsetDateTime SEALED_AT = SIGNED_AT.plusMinutes(20);

    @TempDir
    static Path keys;

    @TempDir
    static Path files;

    static Pkcs12KeySource keySource;
    static PdfSignatures signatures;
    static byte[] original;
    static byte[] signed;
    static byte[] filled;
    static byte[] sealed;

    @BeforeAll
    static void signFillAndSeal() {
        DemoKeys demo = new DemoKeys(keys, "ca-secret".toCharArray());
        demo.ensure("chutich", "Nguyễn Văn An", "UBND thành phố Hải Phòng", SIGNER_PIN);
        demo.ensureSeal("VP-UBND", "Ủy ban nhân dân thành phố Hải Phòng", SEAL_SECRET);
        keySource = new Pkcs12KeySource(keys);
        signatures = new PdfSignatures(List.of(demo.caCertificate()));

        original = OfficialPdfFixture.officialDocument();
        signed = signatures.signAsAuthor(original, keySource.unlock("chutich", SIGNER_PIN), signerAppearance());
        filled = signatures.fillNumberAndDate(signed, NUMBER, DATE);
        sealed = signatures.seal(filled, keySource.unlock("VP-UBND", SEAL_SECRET), sealAppearance());
        keepForInspection();
    }

    /** -Dsigning.output=DIR (or SIGNING_OUTPUT) keeps the four stages and the images, to look at them in a reader. */
    private static void keepForInspection() {
        String dir = System.getProperty("signing.output", System.getenv("SIGNING_OUTPUT"));
        if (dir == null) {
            return;
        }
        try {
            Path out = Files.createDirectories(Path.of(dir));
            Files.write(out.resolve("1-original.pdf"), original);
            Files.write(out.resolve("2-signed.pdf"), signed);
            Files.write(out.resolve("3-filled.pdf"), filled);
            Files.write(out.resolve("4-sealed.pdf"), sealed);
            Files.write(
                    out.resolve("chutich.png"),
                    keySource.appearanceImage("chutich").orElseThrow());
            Files.write(
                    out.resolve("VP-UBND.png"),
                    keySource.appearanceImage("VP-UBND").orElseThrow());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfSignatures.SignerAppearance signerAppearance() {
        return new PdfSignatures.SignerAppearance(
                "Nguyễn Văn An",
                "Chủ tịch",
                keySource.appearanceImage("chutich").orElseThrow(),
                SIGNED_AT);
    }

    private static PdfSignatures.SealAppearance sealAppearance() {
        return new PdfSignatures.SealAppearance(
                "Ủy ban nhân dân thành phố Hải Phòng",
                keySource.appearanceImage("VP-UBND").orElseThrow(),
                SEALED_AT);
    }

    @Test
    void signFillAndSealLeaveTwoIntactTrustedSignaturesTheFirstCertifying() {
        List<SignatureReport> reports = signatures.verify(sealed);

        assertThat(reports).hasSize(2);
        SignatureReport author = reports.get(0);
        SignatureReport seal = reports.get(1);
        assertThat(author.field()).isEqualTo(OfficialLayout.SIGNER_FIELD);
        assertThat(author.signer()).isEqualTo("Nguyễn Văn An");
        assertThat(author.signedAt()).isEqualTo(SIGNED_AT);
        assertThat(author.intact()).isTrue();
        assertThat(author.certification()).isTrue();
        assertThat(author.coversWholeDocument()).isFalse();
        assertThat(author.trusted()).isTrue();

        assertThat(seal.field()).isEqualTo(OfficialLayout.SEAL_FIELD);
        assertThat(seal.signer()).isEqualTo("Ủy ban nhân dân thành phố Hải Phòng");
        assertThat(seal.signedAt()).isEqualTo(SEALED_AT);
        assertThat(seal.intact()).isTrue();
        assertThat(seal.certification()).isFalse();
        assertThat(seal.coversWholeDocument()).isTrue();
        assertThat(seal.trusted()).isTrue();
    }

    @Test
    void withoutTrustedRootsNothingIsTrustedButEverythingIntact() {
        assertThat(new PdfSignatures().verify(sealed)).hasSize(2).allSatisfy(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.trusted()).isFalse();
        });
    }

    @Test
    void fillingTheNumberAndDateKeepsTheCertificationSignatureIntact() {
        assertThat(signatures.verify(filled)).singleElement().satisfies(report -> {
            assertThat(report.intact()).isTrue();
            assertThat(report.certification()).isTrue();
            assertThat(report.coversWholeDocument()).isFalse();
        });
    }

    @Test
    void itextFindsNoRevisionBeyondWhatTheCertificationAllows() throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(sealed)))) {
            ValidationReport report = new ValidatorChainBuilder()
                    .buildDocumentRevisionsValidator()
                    .validateAllDocumentRevisions(
                            new ValidationContext(
                                    ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR,
                                    CertificateSource.SIGNER_CERT,
                                    TimeBasedContext.PRESENT),
                            document);
            assertThat(report.getFailures()).as(report.toString()).isEmpty();
            assertThat(report.getValidationResult()).isEqualTo(ValidationReport.ValidationResult.VALID);
        }
    }

    @Test
    void itextFlagsAChangeTheCertificationForbids() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(
                new PdfReader(new ByteArrayInputStream(signed)),
                new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            new PdfCanvas(document.getPage(1))
                    .beginText()
                    .setFontAndSize(PdfFontFactory.createFont(StandardFonts.HELVETICA), 12)
                    .moveText(100, 100)
                    .showText("added later")
                    .endText();
        }
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            ValidationReport report = new ValidatorChainBuilder()
                    .buildDocumentRevisionsValidator()
                    .validateAllDocumentRevisions(
                            new ValidationContext(
                                    ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR,
                                    CertificateSource.SIGNER_CERT,
                                    TimeBasedContext.PRESENT),
                            document);
            assertThat(report.getValidationResult()).isNotEqualTo(ValidationReport.ValidationResult.VALID);
        }
    }

    @Test
    void fillingWorksOnADocumentThatIsNotPdfA() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            document.addNewPage();
            PdfFont font = PdfFontFactory.createFont(
                    OfficialPdfFixture.font("/fonts/LiberationSerif-Regular.ttf"),
                    PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            font.setSubset(false);
            PdfAcroForm form = PdfAcroForm.getAcroForm(document, true);
            for (String name : List.of(OfficialLayout.NUMBER_FIELD, OfficialLayout.DATE_FIELD)) {
                form.addField(new TextFormFieldBuilder(document, name)
                        .setWidgetRectangle(new Rectangle(
                                50, 700 - 30 * form.getAllFormFields().size(), 300, 18))
                        .setFont(font)
                        .createText());
            }
        }

        byte[] filledPlain = signatures.fillNumberAndDate(out.toByteArray(), NUMBER, DATE);

        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(filledPlain)))) {
            assertThat(widgetText(document, OfficialLayout.DATE_FIELD)).isEqualTo(DATE);
        }
    }

    @Test
    void aDocumentWithoutTheFieldsIsRefusedClearly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            document.addNewPage();
        }

        assertThatThrownBy(() -> signatures.fillNumberAndDate(out.toByteArray(), NUMBER, DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number and date fields");
        assertThatThrownBy(() -> signatures.signAsAuthor(
                        out.toByteArray(), keySource.unlock("chutich", SIGNER_PIN), signerAppearance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no signature field 'chuky'");
    }

    @Test
    void pdfsigReportsBothSignaturesValid() throws Exception {
        // A missing tool fails the build rather than skipping: a skipped check reads as a passed one.
        assertThat(Files.isExecutable(PDFSIG))
                .as("poppler's pdfsig is needed (Debian package poppler-utils; .ci/run installs it)")
                .isTrue();
        Path file = Files.write(files.resolve("sealed.pdf"), sealed);

        String output = pdfsig(file);

        assertThat(output).contains("Signature #1", "Signature #2").doesNotContain("Signature #3");
        assertThat(count(output, "Signature Validation: Signature is Valid."))
                .as(output)
                .isEqualTo(2);
    }

    @Test
    void theSealedDocumentIsStillPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(sealed));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant())
                    .as(() -> result.getTestAssertions().stream()
                            .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                            .map(a -> a.getRuleId().getClause() + "-"
                                    + a.getRuleId().getTestNumber() + " " + a.getMessage() + " @ "
                                    + a.getLocation().getContext())
                            .distinct()
                            .limit(20)
                            .toList()
                            .toString())
                    .isTrue();
        }
    }

    @Test
    void aFlippedByteInTheSignedContentBreaksBothSignatures() throws Exception {
        byte[] tampered = sealed.clone();
        int at = indexOf(tampered, "Nghị định".getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
            // Page text is compressed; the XMP packet of the first revision is not.
            at = indexOf(tampered, "pdfaid:part".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(at).isPositive();
        tampered[at + 2] ^= 0x01;

        assertThat(signatures.verify(tampered)).hasSize(2).allSatisfy(report -> assertThat(report.intact())
                .isFalse());

        if (Files.isExecutable(PDFSIG)) {
            String output = pdfsig(Files.write(files.resolve("tampered.pdf"), tampered));
            assertThat(output).doesNotContain("Signature is Valid.");
            assertThat(count(output, "Digest Mismatch") + count(output, "Signature is Invalid"))
                    .as(output)
                    .isEqualTo(2);
        }
    }

    @Test
    void theNumberAndDateAreTextWithTheirDiacritics() throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(sealed)))) {
            assertThat(widgetText(document, OfficialLayout.DATE_FIELD)).isEqualTo(DATE);
            assertThat(widgetText(document, OfficialLayout.NUMBER_FIELD)).isEqualTo(NUMBER);
        }
    }

    @Test
    void theSignatureAppearancesNameTheSignerAndTheOrganisation() throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(sealed)))) {
            assertThat(widgetText(document, OfficialLayout.SIGNER_FIELD))
                    .contains("Ký bởi: Nguyễn Văn An", "Chủ tịch", "Thời gian: 2025-01-05T09:30:00+07:00");
            assertThat(widgetText(document, OfficialLayout.SEAL_FIELD))
                    .contains("Ủy ban nhân dân thành phố Hải Phòng", "2025-01-05T09:50:00+07:00");
        }
    }

    /** The text a reader shows in a field: what its normal appearance stream draws. */
    private static String widgetText(PdfDocument document, String fieldName) {
        PdfFormField field = PdfAcroForm.getAcroForm(document, false).getField(fieldName);
        PdfStream appearance =
                field.getFirstFormAnnotation().getWidget().getNormalAppearanceObject() instanceof PdfStream stream
                        ? stream
                        : null;
        assertThat(appearance).as("appearance of " + fieldName).isNotNull();
        LocationTextExtractionStrategy strategy = new LocationTextExtractionStrategy();
        PdfCanvasProcessor processor = new PdfCanvasProcessor(strategy);
        PdfFormXObject xObject = new PdfFormXObject(appearance);
        processor.processContent(appearance.getBytes(), xObject.getResources());
        return strategy.getResultantText().trim();
    }

    @Test
    void aWrongPinSignsNothing() throws IOException {
        List<Path> before;
        try (var listing = Files.list(keys)) {
            before = listing.sorted().toList();
        }
        assertThatThrownBy(() -> keySource.unlock("chutich", "000000".toCharArray()))
                .isInstanceOf(WrongPinException.class)
                .hasMessageContaining("Mã PIN không đúng");
        try (var listing = Files.list(keys)) {
            assertThat(listing.sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    void aHolderWithoutKeyIsReported() {
        assertThatThrownBy(() -> keySource.unlock("khongco", SIGNER_PIN))
                .isInstanceOf(NoKeyException.class)
                .hasMessageContaining("khongco");
    }

    @Test
    void bytesThatAreNotAPdfAreRefusedClearly() {
        assertThatThrownBy(() -> signatures.verify("GIF89a not a pdf at all".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PdfSafety.NOT_A_PDF);
        byte[] truncated = Arrays.copyOf(sealed, 400);
        assertThatThrownBy(() -> signatures.verify(truncated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PdfSafety.NOT_A_PDF);
    }

    @Test
    void anUnsignedDocumentHasNoSignatures() {
        assertThat(signatures.verify(original)).isEmpty();
    }

    @Test
    void theSignedDocumentPassesTheUploadChecks() {
        new PdfSafety().check(sealed);
    }

    static String pdfsig(Path file) throws Exception {
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1_000_000.0;
    }
}
