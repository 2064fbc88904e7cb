package vn.dieuhanh.dispatch.boundary.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.boundary.PdfSafety;
import vn.dieuhanh.dispatch.boundary.web.DocumentViews.VerificationView;

/**
 * Verification for anyone who holds a document, signed in or not: a receiving agency, a citizen
 * with a printed copy's QR code. It tells what the signatures and our register say and changes
 * nothing.
 */
@Path("verify")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    @Inject
    Documents documents;

    @Inject
    @ConfigProperty(name = "dieuhanh.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** The stored document, by its id or by the short code printed under its QR code. */
    @GET
    @Path("{idOrCode}")
    public VerificationView stored(@PathParam("idOrCode") String idOrCode) {
        return VerificationView.of(documents.verifyStored(idOrCode.strip()));
    }

    /** A PDF as the holder has it: the raw file as the body. */
    @POST
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public VerificationView upload(InputStream body, @HeaderParam("Content-Length") Long length) throws IOException {
        return VerificationView.of(verifyUpload(body, length, maxBytes, documents));
    }

    /**
     * Reads at most the limit (a lying or absent Content-Length cannot make us hold more), refuses
     * unsafe PDFs, then verifies. Shared with the verification page.
     */
    static Documents.Verification verifyUpload(InputStream body, Long length, long maxBytes, Documents documents)
            throws IOException {
        PdfSafety safety = new PdfSafety(maxBytes);
        if (length != null) {
            safety.checkSize(length);
        }
        byte[] pdf = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        try {
            safety.check(pdf);
        } catch (PdfSafety.UnsafePdfException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new DocumentProblem(DocumentProblem.Kind.INVALID, PdfSafety.NOT_A_PDF);
        }
        return documents.verify(pdf);
    }
}
