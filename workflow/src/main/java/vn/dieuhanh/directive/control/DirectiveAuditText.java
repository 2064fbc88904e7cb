package vn.dieuhanh.directive.control;

import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.reporting.boundary.TargetValues;

/** How a directive's parameters read in the audit trail; written here, as the audit knows no directive. */
public final class DirectiveAuditText {

    private DirectiveAuditText() {}

    /** Its recipients, targets, cycle and who consolidates, as the leader set them. */
    public static String created(Directive directive) {
        return "Mã " + directive.code() + "; đơn vị nhận: " + String.join(", ", directive.recipients())
                + "; chỉ tiêu: "
                + directive.targets().stream()
                        .map(t -> t.code() + " (" + TargetValues.requirement(t) + ")")
                        .toList()
                + "; chu kỳ: " + directive.cycle()
                + (directive.consolidates()
                        ? "; đơn vị tổng hợp " + directive.consolidatingUnit() + ", nhận báo cáo "
                                + (directive.reportsOutside() ? directive.receiverUnit() : "Lãnh đạo UBND thành phố")
                        : "; không tổng hợp, các đơn vị báo cáo " + directive.leadUnit());
    }
}
