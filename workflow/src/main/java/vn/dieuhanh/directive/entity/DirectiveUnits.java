package vn.dieuhanh.directive.entity;

import java.util.Objects;

/**
 * Who plays which part in a directive, by unit code: the division that drafts, the office whose
 * chief signs and whose records clerk issues, the unit that consolidates and the receiver of its
 * reports.
 */
public record DirectiveUnits(
        String leadUnit, String officeUnit, String recordsOffice, String consolidatingUnit, String receiverUnit) {

    public DirectiveUnits {
        Objects.requireNonNull(leadUnit, "leadUnit");
        Objects.requireNonNull(officeUnit, "officeUnit");
        Objects.requireNonNull(recordsOffice, "recordsOffice");
        Objects.requireNonNull(consolidatingUnit, "consolidatingUnit");
        Objects.requireNonNull(receiverUnit, "receiverUnit");
    }
}
