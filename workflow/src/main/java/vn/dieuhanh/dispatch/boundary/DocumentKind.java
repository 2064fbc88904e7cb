package vn.dieuhanh.dispatch.boundary;

/** The documents a directive produces, one template each. */
public enum DocumentKind {
    /** Phiếu ý kiến chỉ đạo: the leader's directing opinion on an incoming document. */
    OPINION_SLIP,
    /** Công văn: the City Office's letter to the units (draft, then final). */
    LETTER,
    /** Phiếu giao việc / chuyển: a unit head's assignment to an officer or forwarding to sub-units. */
    ASSIGNMENT_SLIP,
    /** Báo cáo kỳ: a unit's report for one period. */
    UNIT_REPORT,
    /** Công văn đôn đốc: the reminder letter to a unit whose report is late. */
    REMINDER_LETTER,
    /** Báo cáo tổng hợp: the consolidated report for one period, with its tables. */
    CONSOLIDATED_REPORT;

    /**
     * An internal processing record (a slip): who gave the opinion or the assignment is written in
     * its text, and only its unit's seal attests it; it has no person's signature block, since no
     * one signs it.
     */
    public boolean record() {
        return this == OPINION_SLIP || this == ASSIGNMENT_SLIP;
    }
}
