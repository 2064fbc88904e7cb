package vn.dieuhanh.signing.control;

import java.time.OffsetDateTime;
import java.util.List;

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

    /**
     * One signature found in a PDF.
     *
     * @param field the signature field's name
     * @param signer the certificate subject's common name
     * @param signedAt the signing time the signature claims
     * @param intact whether the signed bytes are unchanged and the signature value matches the
     *     certificate (integrity and authenticity)
     * @param coversWholeDocument whether nothing was appended after this signature
     * @param certification whether it is the document's certification (author) signature
     * @param trusted whether the certificate chains to one of the trusted roots given
     */
    public record SignatureReport(
            String field,
            String signer,
            OffsetDateTime signedAt,
            boolean intact,
            boolean coversWholeDocument,
            boolean certification,
            boolean trusted) {}

    public byte[] signAsAuthor(byte[] pdf, UnlockedKey key, SignerAppearance appearance) {
        throw new UnsupportedOperationException("to be written");
    }

    public byte[] fillNumberAndDate(byte[] pdf, String numberText, String dateText) {
        throw new UnsupportedOperationException("to be written");
    }

    public byte[] seal(byte[] pdf, UnlockedKey organisationKey, SealAppearance appearance) {
        throw new UnsupportedOperationException("to be written");
    }

    public List<SignatureReport> verify(byte[] pdf) {
        throw new UnsupportedOperationException("to be written");
    }
}
