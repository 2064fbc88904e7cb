package vn.dieuhanh.platform.control;

/**
 * Cells for CSV files people open in a spreadsheet. What a file carries is whatever someone
 * wrote, so "=HYPERLINK(...)" must reach the reader as text, not as a formula.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /**
     * The cell, prefixed with an apostrophe if a spreadsheet would take it for a formula. "-5"
     * becomes "'-5" too: an export is read, not computed with.
     */
    public static String safeCell(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
