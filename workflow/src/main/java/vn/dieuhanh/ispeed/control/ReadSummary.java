package vn.dieuhanh.ispeed.control;

/**
 * What a read saw. Refused rows are all counted, even those beyond the report's limit.
 *
 * @param rowsRead data rows (the header and blank lines are not rows)
 * @param rowsValid rows handed on as samples
 * @param rowsRefused rows with at least one problem
 */
public record ReadSummary(int rowsRead, int rowsValid, int rowsRefused) {}
