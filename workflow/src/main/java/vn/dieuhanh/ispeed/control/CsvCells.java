package vn.dieuhanh.ispeed.control;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cells for CSV files people open in a spreadsheet. A refused row's value is whatever the sender
 * wrote, so "=HYPERLINK(...)" must reach the reader of the report as text, not as a formula.
 */
public final class CsvCells {

    private static final CSVFormat REPORT = CSVFormat.RFC4180
            .builder()
            .setHeader("row", "column", "value", "reason")
            .get();

    private CsvCells() {}

    /**
     * The cell, prefixed with an apostrophe if a spreadsheet would take it for a formula. "-5"
     * becomes "'-5" too: a report is read, not computed with.
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

    /** The error report: one line per problem, header {@code row,column,value,reason}. */
    public static void writeReport(Iterable<RowProblem> problems, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, REPORT);
        for (RowProblem p : problems) {
            printer.printRecord(
                    Integer.toString(p.rowNumber()), safeCell(p.column()), safeCell(p.value()), safeCell(p.reason()));
        }
        // The caller owns the writer: flush, do not close.
        printer.flush();
    }
}
