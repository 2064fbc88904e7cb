package vn.dieuhanh.dispatch.boundary.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.boundary.SignatureReport;
import vn.dieuhanh.dispatch.boundary.VersionSummary;

/** What the API shows of documents and of a verification. */
public final class DocumentViews {

    private DocumentViews() {}

    public record DocumentView(
            String id,
            String kind,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            String subject,
            String state,
            String number,
            LocalDate issuedOn,
            List<String> recipients,
            String verifyUrl,
            List<VersionSummary> versions) {
        static DocumentView of(DocumentSummary d, List<VersionSummary> versions) {
            return new DocumentView(
                    d.id(),
                    d.kind(),
                    d.unitCode(),
                    d.periodIndex(),
                    d.issuerUnit(),
                    d.subject(),
                    d.state(),
                    d.numberLabel(),
                    d.issuedOn(),
                    d.recipients(),
                    d.verifyUrl(),
                    versions);
        }
    }

    /** What our register says of the document the PDF belongs to. */
    public record RegisterView(
            String documentId,
            String kind,
            String issuerUnit,
            String number,
            LocalDate issuedOn,
            OffsetDateTime issuedAt,
            List<String> recipients,
            String state,
            int version,
            boolean latestVersion) {}

    /**
     * A verification: {@code verdict} is VALID (every signature intact, the last covering the whole
     * file, and the file is the register's current version), INVALID (a signature broken: the file
     * was changed), UNKNOWN (signatures intact but the file is not in our register) or UNSIGNED.
     */
    public record VerificationView(
            String verdict, String message, String sha256, List<SignatureReport> signatures, RegisterView register) {

        static VerificationView of(Documents.Verification v) {
            RegisterView register = v.document()
                    .map(d -> new RegisterView(
                            d.id(),
                            d.kind(),
                            d.issuerUnit(),
                            d.numberLabel(),
                            d.issuedOn(),
                            d.issuedAt(),
                            d.recipients(),
                            d.state(),
                            v.version().map(VersionSummary::version).orElse(0),
                            v.latest()))
                    .orElse(null);
            boolean intact = v.signatures().stream().allMatch(SignatureReport::intact);
            boolean whole = !v.signatures().isEmpty()
                    && v.signatures().get(v.signatures().size() - 1).coversWholeDocument();
            String verdict;
            String message;
            if (!intact) {
                verdict = "INVALID";
                message = "Chữ ký không hợp lệ: tệp đã bị thay đổi sau khi ký. / A signature is not valid: the file"
                        + " was changed after signing.";
            } else if (v.signatures().isEmpty()) {
                verdict = "UNSIGNED";
                message = "Tệp không có chữ ký số. / The file carries no digital signature.";
            } else if (register == null) {
                verdict = "UNKNOWN";
                message = "Chữ ký còn nguyên vẹn nhưng tệp không khớp văn bản nào trong sổ. / The signatures are"
                        + " intact but the file matches no document in the register.";
            } else if (!whole || !register.latestVersion()) {
                verdict = "UNKNOWN";
                message = "Tệp khớp một phiên bản cũ, không phải bản đã phát hành sau cùng. / The file matches an"
                        + " earlier version, not the one last issued.";
            } else {
                verdict = "VALID";
                message = "Văn bản hợp lệ, khớp với sổ văn bản. / The document is valid and matches the register.";
            }
            return new VerificationView(verdict, message, v.sha256(), v.signatures(), register);
        }
    }
}
