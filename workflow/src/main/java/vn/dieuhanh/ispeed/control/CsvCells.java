package vn.dieuhanh.ispeed.control;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.dieuhanh.ispeed.boundary.RowProblem;
import vn.dieuhanh.platform.control.SpreadsheetCells;

/** The error report of a sample import, as a CSV file whose cells a spreadsheet takes as text. */
public final class CsvCells {

    private static final CSVFormat REPORT = CSVFormat.RFC4180
            .builder()
            .setHeader("row", "column", "value", "reason")
            .get();

    private CsvCells() {}

    /** As {@link SpreadsheetCells#safeCell}. */
    public static String safeCell(String cell) {
        return SpreadsheetCells.safeCell(cell);
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
