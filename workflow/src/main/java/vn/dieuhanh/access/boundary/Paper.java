package vn.dieuhanh.access.boundary;

import java.util.List;
import java.util.Objects;

/**
 * A document of a directive as the read policy sees it: whose it is and to whom it went.
 *
 * @param unitCode the unit the document is about (its report, its assignment slip, the reminder it
 *     got); null for the directive's own documents (the leader's opinion, the letter, the
 *     consolidated report)
 * @param issuerUnit the unit that issued it
 * @param recipients the units it is addressed to
 */
public record Paper(String unitCode, String issuerUnit, List<String> recipients) {

    public Paper {
        Objects.requireNonNull(issuerUnit, "issuerUnit");
        recipients = List.copyOf(recipients);
    }
}
