package vn.dieuhanh.dispatch.control;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.BackgroundBox;
import com.itextpdf.layout.properties.BackgroundImage;
import com.itextpdf.layout.properties.BackgroundPosition;
import com.itextpdf.layout.properties.BackgroundRepeat;
import com.itextpdf.layout.properties.BackgroundSize;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfa.exceptions.PdfAConformanceException;
import com.itextpdf.signatures.AccessPermissions;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import vn.dieuhanh.dispatch.boundary.PdfSafety;
import vn.dieuhanh.dispatch.boundary.SignatureReport;

/**
 * The three steps a Vietnamese e-office applies to an approved PDF, each an incremental update
 * that keeps the earlier signatures valid: the signer's certification signature, the records
 * clerk's number and date in the fields left for them, and the organisation's seal.
 */
public class PdfSignatures {

    /** How the signer's signature looks: the handwritten image, name, title and time. */
    public record SignerAppearance(String name, String title, byte[] signatureImagePng, OffsetDateTime time) {}

    /** How the seal looks: the red seal image, the organisation's name and the time (ISO 8601). */
    public record SealAppearance(String organisation, byte[] sealImagePng, OffsetDateTime time) {}

    private static final String FONT_RESOURCE = "/fonts/LiberationSerif-Regular.ttf";
    private static final float APPEARANCE_FONT_SIZE = 6f;
    private static final float APPEARANCE_LEADING = 1.1f;
    private static final float APPEARANCE_PADDING = 1f;
    // Room reserved for the CMS container: an RSA-4096 signature with a three-certificate chain
    // (a token's CA chain) still fits; the unused part is zero padding.
    private static final int SIGNATURE_SIZE = 16_384;

    private static volatile byte[] fontProgram;

    private final Set<TrustAnchor> trustAnchors;

    /** Verification without trusted roots: every signature reports {@code trusted = false}. */
    public PdfSignatures() {
        this(List.of());
    }

    public PdfSignatures(Collection<X509Certificate> trustedRoots) {
        this.trustAnchors = Objects.requireNonNull(trustedRoots, "trustedRoots").stream()
                .map(root -> new TrustAnchor(root, null))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Certifies the document in {@link OfficialLayout#SIGNER_FIELD} (PAdES B-B, SHA-256),
     * allowing later form filling and signing only.
     */
    public byte[] signAsAuthor(byte[] pdf, UnlockedKey key, SignerAppearance appearance) {
        Objects.requireNonNull(appearance, "appearance");
        String text =
                "Ký bởi: " + appearance.name() + "\n" + appearance.title() + "\nThời gian: " + iso(appearance.time());
        return sign(
                pdf,
                key,
                OfficialLayout.SIGNER_FIELD,
                AccessPermissions.FORM_FIELDS_MODIFICATION,
                appearance.time(),
                "Ký ban hành văn bản / Signed by the author",
                appearance.signatureImagePng(),
                text,
                TextAlignment.RIGHT,
                false);
    }

    /**
     * Writes the number and date into their fields as an incremental update. Only the values and
     * the fields' appearance streams change, which the certification permits.
     */
    public byte[] fillNumberAndDate(byte[] pdf, String numberText, String dateText) {
        Objects.requireNonNull(numberText, "numberText");
        Objects.requireNonNull(dateText, "dateText");
        PdfSafety.requirePdfHeader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
        try (PdfDocument document = openForAppend(pdf, out)) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
            if (form == null) {
                throw new IllegalArgumentException(
                        "Văn bản không có ô số và ngày. / The document has no number and date fields.");
            }
            fill(form, OfficialLayout.NUMBER_FIELD, numberText);
            fill(form, OfficialLayout.DATE_FIELD, dateText);
        } catch (PdfAConformanceException e) {
            throw new IllegalStateException(
                    "Điền số và ngày sẽ làm hỏng PDF/A. / Filling would break PDF/A: " + e.getMessage(), e);
        } catch (PdfException | com.itextpdf.io.exceptions.IOException e) {
            throw notAPdf(e);
        }
        return out.toByteArray();
    }

    /** The organisation's approval signature (PAdES B-B, SHA-256) in {@link OfficialLayout#SEAL_FIELD}. */
    public byte[] seal(byte[] pdf, UnlockedKey organisationKey, SealAppearance appearance) {
        Objects.requireNonNull(appearance, "appearance");
        String text = appearance.organisation() + "\n" + iso(appearance.time());
        return sign(
                pdf,
                organisationKey,
                OfficialLayout.SEAL_FIELD,
                null,
                appearance.time(),
                "Đóng dấu / Organisation seal",
                appearance.sealImagePng(),
                text,
                TextAlignment.CENTER,
                // At the top: the seal sticks out over the signer's field, and at its bottom the text
                // would run into the signer's own lines.
                true);
    }

    /**
     * Every signature in the PDF, in signing order.
     *
     * @throws IllegalArgumentException if the bytes are not a readable PDF
     */
    public List<SignatureReport> verify(byte[] pdf) {
        PdfSafety.requirePdfHeader(pdf);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            PdfObject certificationSignature = certificationSignature(document);
            List<SignatureReport> reports = new ArrayList<>();
            for (String name : util.getSignatureNames()) {
                reports.add(report(util, name, certificationSignature));
            }
            return List.copyOf(reports);
        } catch (IOException | PdfException | com.itextpdf.io.exceptions.IOException e) {
            throw notAPdf(e);
        }
    }

    private SignatureReport report(SignatureUtil util, String name, PdfObject certificationSignature) {
        PdfDictionary signature = util.getSignatureDictionary(name);
        boolean certification = certificationSignature != null
                && signature.getIndirectReference() != null
                && signature.getIndirectReference().equals(certificationSignature.getIndirectReference());
        boolean coversWholeDocument = util.signatureCoversWholeDocument(name);
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            // A damaged signature container is a signature that does not hold, not an unreadable file.
            return new SignatureReport(name, null, null, false, coversWholeDocument, certification, false);
        }
        boolean intact;
        try {
            intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
        } catch (GeneralSecurityException | RuntimeException e) {
            intact = false;
        }
        X509Certificate signer = pkcs7.getSigningCertificate();
        return new SignatureReport(
                name,
                signer == null ? null : commonName(signer.getSubjectX500Principal()),
                toOffsetDateTime(pkcs7.getSignDate()),
                intact,
                coversWholeDocument,
                certification,
                trusted(pkcs7.getSignCertificateChain()));
    }

    private byte[] sign(
            byte[] pdf,
            UnlockedKey key,
            String field,
            AccessPermissions certificationLevel,
            OffsetDateTime time,
            String reason,
            byte[] imagePng,
            String text,
            TextAlignment textAlignment,
            boolean imageFillsBox) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(imagePng, "image");
        PdfSafety.requirePdfHeader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE + 128 * 1024);
        try {
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode())
                    .setEstimatedSize(SIGNATURE_SIZE);
            SignerProperties properties = new SignerProperties()
                    .setFieldName(field)
                    .setClaimedSignDate(GregorianCalendar.from(time.toZonedDateTime()))
                    .setReason(reason)
                    .setSignatureAppearance(
                            appearance(fieldBox(pdf, field), imagePng, text, textAlignment, imageFillsBox));
            if (certificationLevel != null) {
                properties.setCertificationLevel(certificationLevel);
            }
            // signWithBaselineBProfile(…, PrivateKey) would choose SHA-512; SHA-256 is what
            // Vietnamese validators expect.
            IExternalSignature signature =
                    new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, key.providerName());
            signer.signWithBaselineBProfile(properties, key.chain(), signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Không ký được văn bản. / Signing failed.", e);
        } catch (PdfException | com.itextpdf.io.exceptions.IOException e) {
            throw notAPdf(e);
        }
        return out.toByteArray();
    }

    /** Decoded images by content: a signer's or seal's image is decoded once, not at every signature. */
    private static final Map<String, ImageData> IMAGES = new ConcurrentHashMap<>();

    private static ImageData decoded(byte[] png) {
        String key = png.length + ":" + Arrays.hashCode(png);
        if (IMAGES.size() > 1_000) {
            IMAGES.clear();
        }
        return IMAGES.computeIfAbsent(key, k -> ImageDataFactory.create(png));
    }

    private static SignatureFieldAppearance appearance(
            Rectangle box, byte[] imagePng, String text, TextAlignment alignment, boolean imageFillsBox)
            throws IOException {
        ImageData imageData = decoded(imagePng);
        // A fresh font per document: a PdfFont belongs to the document it is first written to.
        PdfFont font =
                PdfFontFactory.createFont(fontProgram(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        Paragraph caption = new Paragraph(text)
                .setFont(font)
                .setFontSize(APPEARANCE_FONT_SIZE)
                .setMultipliedLeading(APPEARANCE_LEADING)
                .setMargin(0)
                .setPadding(0)
                .setTextAlignment(alignment);
        Div content = new Div().setMargin(0).setPadding(APPEARANCE_PADDING);
        if (imageFillsBox) {
            // The seal keeps its actual size (the field is drawn to it); its caption is printed
            // over the top of the ring rather than shrinking the seal.
            BackgroundSize contain = new BackgroundSize();
            contain.setBackgroundSizeToContain();
            content.setBackgroundImage(new BackgroundImage.Builder()
                    .setImage(new PdfImageXObject(imageData))
                    .setBackgroundSize(contain)
                    .setBackgroundRepeat(new BackgroundRepeat(BackgroundRepeat.BackgroundRepeatValue.NO_REPEAT))
                    .setBackgroundPosition(new BackgroundPosition()
                            .setPositionX(BackgroundPosition.PositionX.CENTER)
                            .setPositionY(BackgroundPosition.PositionY.CENTER))
                    .setBackgroundClip(BackgroundBox.BORDER_BOX)
                    .setBackgroundOrigin(BackgroundBox.BORDER_BOX)
                    .build());
            content.setHeight(box.getHeight());
            content.add(caption);
        } else {
            // Explicit sizes from the field's box: with percentages or auto-scaling the image
            // takes the whole box and the text is silently dropped.
            int lines = text.split("\n", -1).length;
            // One extra line of slack: iText drops a last line that does not fit rather than overflow.
            float textHeight = (lines + 1) * APPEARANCE_FONT_SIZE * APPEARANCE_LEADING + 2 * APPEARANCE_PADDING;
            float imageHeight = Math.max(box.getHeight() - textHeight - 2 * APPEARANCE_PADDING, box.getHeight() / 3);
            float imageWidth = imageHeight * imageData.getWidth() / imageData.getHeight();
            float maxWidth = box.getWidth() - 2 * APPEARANCE_PADDING;
            if (imageWidth > maxWidth) {
                imageHeight = imageHeight * maxWidth / imageWidth;
                imageWidth = maxWidth;
            }
            content.add(new Image(imageData)
                    .setWidth(imageWidth)
                    .setHeight(imageHeight)
                    .setHorizontalAlignment(HorizontalAlignment.CENTER));
            content.add(caption);
        }
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID);
        appearance.setContent(content);
        // Without an explicit font iText falls back to Helvetica, which is neither embedded
        // (PDF/A) nor able to show Vietnamese diacritics.
        appearance.setFont(font);
        appearance.setFontSize(APPEARANCE_FONT_SIZE);
        appearance.setBorder(Border.NO_BORDER);
        return appearance;
    }

    private static Rectangle fieldBox(byte[] pdf, String fieldName) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(document, false);
            PdfFormField field = form == null ? null : form.getField(fieldName);
            if (field == null || field.getWidgets().isEmpty()) {
                throw new IllegalArgumentException("Văn bản không có ô chữ ký '" + fieldName
                        + "'. / The document has no signature field '" + fieldName + "'.");
            }
            return field.getWidgets().get(0).getRectangle().toRectangle();
        }
    }

    private static PdfDocument openForAppend(byte[] pdf, ByteArrayOutputStream out) {
        StampingProperties append = new StampingProperties().useAppendMode();
        try {
            // PdfADocument keeps the PDF/A rules (XMP in step with the info dictionary, fonts).
            return new PdfADocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out), append);
        } catch (PdfAConformanceException e) {
            // Thrown by the constructor when the file does not claim PDF/A: no rules to keep.
            out.reset();
            try {
                return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out), append);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(PdfAcroForm form, String name, String value) {
        PdfFormField field = form.getField(name);
        if (field == null) {
            throw new IllegalArgumentException(
                    "Văn bản không có ô '" + name + "'. / The document has no field '" + name + "'.");
        }
        // setValue keeps /DA; setFont(…).setValue(…) would rewrite it, which a DocMDP check
        // reports as a modification beyond filling in.
        field.setValue(value);
    }

    private static PdfObject certificationSignature(PdfDocument document) {
        PdfDictionary perms = document.getCatalog().getPdfObject().getAsDictionary(PdfName.Perms);
        if (perms == null) {
            return null;
        }
        return perms.getAsDictionary(PdfName.DocMDP);
    }

    private boolean trusted(Certificate[] chain) {
        if (trustAnchors.isEmpty() || chain == null || chain.length == 0) {
            return false;
        }
        try {
            // A root in the chain is the anchor itself and must not be part of the path.
            List<Certificate> path = new ArrayList<>();
            for (Certificate certificate : chain) {
                boolean isAnchor = trustAnchors.stream()
                        .anyMatch(anchor -> anchor.getTrustedCert().equals(certificate));
                if (!isAnchor) {
                    path.add(certificate);
                }
            }
            if (path.isEmpty()) {
                return true;
            }
            PKIXParameters parameters = new PKIXParameters(trustAnchors);
            // No CRL or OCSP for demo keys and baseline-B; validity is checked at the present
            // time because the claimed signing time is only the signer's word.
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String commonName(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        if (cn.length == 0) {
            return principal.getName();
        }
        return IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static OffsetDateTime toOffsetDateTime(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        // iText's calendars carry a custom zone ("ZPDF") that java.time does not know; the
        // offset is all a PDF date has anyway.
        int offsetMillis = calendar.get(Calendar.ZONE_OFFSET) + calendar.get(Calendar.DST_OFFSET);
        return OffsetDateTime.ofInstant(calendar.toInstant(), ZoneOffset.ofTotalSeconds(offsetMillis / 1000));
    }

    private static String iso(OffsetDateTime time) {
        return time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static IllegalArgumentException notAPdf(Exception cause) {
        return new IllegalArgumentException(PdfSafety.NOT_A_PDF, cause);
    }

    private static byte[] fontProgram() {
        byte[] bytes = fontProgram;
        if (bytes == null) {
            try (InputStream in = PdfSignatures.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font " + FONT_RESOURCE);
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontProgram = bytes;
        }
        return bytes;
    }
}
