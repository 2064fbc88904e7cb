package vn.dieuhanh.dispatch.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An official document as other features and the pages see it (never the entity): what it is,
 * where it stands, its number once issued, and the address printed under its QR code.
 *
 * @param kind a {@link DocumentKind} name
 * @param state the document's state: DRAFT, APPROVED, SIGNED, ISSUED or FINAL
 * @param numberLabel "12/VP-KSTTHC" once issued, else null
 */
public record DocumentSummary(
        String id,
        String directiveId,
        String kind,
        String unitCode,
        Integer periodIndex,
        String issuerUnit,
        String subject,
        String state,
        String numberLabel,
        LocalDate issuedOn,
        OffsetDateTime issuedAt,
        List<String> recipients,
        String verifyUrl) {

    public DocumentSummary {
        recipients = List.copyOf(recipients);
    }
}
