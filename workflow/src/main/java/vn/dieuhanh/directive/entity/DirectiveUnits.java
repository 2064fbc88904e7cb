package vn.dieuhanh.directive.entity;

import java.util.Objects;

/**
 * Who plays which part in a directive, by unit code: the division that drafts, the office whose
 * chief signs and whose records clerk issues, the unit that consolidates and the receiver of its
 * reports.
 *
 * <p>The last two give a directive its shape. A department consolidating and reporting to a
 * Ministry is one shape; a division of the City Office consolidating for the city's leaders
 * ({@code receiverUnit} null: nobody beyond the city) is another; a task whose units report to
 * the lead division with no consolidated report ({@code consolidatingUnit} null too) is a third.
 */
public record DirectiveUnits(
        String leadUnit, String officeUnit, String recordsOffice, String consolidatingUnit, String receiverUnit) {

    public DirectiveUnits {
        Objects.requireNonNull(leadUnit, "leadUnit");
        Objects.requireNonNull(officeUnit, "officeUnit");
        Objects.requireNonNull(recordsOffice, "recordsOffice");
        consolidatingUnit = blankToNull(consolidatingUnit);
        receiverUnit = blankToNull(receiverUnit);
        if (consolidatingUnit == null && receiverUnit != null) {
            throw new IllegalArgumentException("Có cơ quan nhận báo cáo tổng hợp thì phải có đơn vị tổng hợp."
                    + " / A receiver of consolidated reports needs a consolidating unit.");
        }
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
