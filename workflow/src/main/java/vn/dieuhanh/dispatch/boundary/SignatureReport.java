package vn.dieuhanh.dispatch.boundary;

import java.time.OffsetDateTime;

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
