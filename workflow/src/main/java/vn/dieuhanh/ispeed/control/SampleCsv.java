package vn.dieuhanh.ispeed.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dieuhanh.ispeed.boundary.RowProblem;

/** The CSV form of a sample file: a header of exactly the columns in their order, then one sample a row. */
final class SampleCsv {

    private static final CSVFormat CSV_FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();

    private SampleCsv() {}

    static void read(Reader reader, SampleChecks run) throws IOException {
        CSVParser parser = CSV_FORMAT.parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new ImportRejected("Tệp rỗng. / The file is empty.");
        }
        int[] columnAt = header(records.next());
        if (!records.hasNext()) {
            throw new ImportRejected(
                    "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu. / The file has a header but no data rows.");
        }
        String[] cells = new String[SampleReader.COLUMNS.size()];
        int row = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            row++;
            run.read++;
            if (record.size() != columnAt.length) {
                run.refuse(List.of(new RowProblem(
                        row,
                        "row",
                        SampleChecks.cut(String.join(",", record.values())),
                        "Dòng có " + record.size() + " ô, cần " + columnAt.length + ". / The row has " + record.size()
                                + " cells, " + columnAt.length + " expected.")));
                continue;
            }
            for (int i = 0; i < columnAt.length; i++) {
                cells[columnAt[i]] = record.get(i);
            }
            run.row(row, cells, List.of());
        }
    }

    /**
     * Where each column of the file goes in {@link SampleReader#COLUMNS}: the header must be exactly the
     * columns, in their order (as the import format says), so a file whose columns were swapped
     * by hand is refused rather than read by name.
     */
    private static int[] header(CSVRecord header) {
        String[] names = header.values();
        if (names.length == 1 && (names[0].indexOf(';') >= 0 || names[0].indexOf('\t') >= 0)) {
            throw new ImportRejected("Sai dấu phân cách: dấu phân cách phải là dấu phẩy. / Wrong delimiter:"
                    + " the delimiter must be a comma.");
        }
        List<String> given = new ArrayList<>();
        for (String name : names) {
            given.add(name.strip().toLowerCase(Locale.ROOT));
        }
        if (!given.equals(SampleReader.COLUMNS)) {
            List<String> missing = new ArrayList<>(SampleReader.COLUMNS);
            missing.removeAll(given);
            List<String> unexpected = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                if (!SampleChecks.COLUMN_INDEX.containsKey(given.get(i)) || !seen.add(given.get(i))) {
                    unexpected.add(names[i]);
                }
            }
            String order = missing.isEmpty() && unexpected.isEmpty() ? "các cột sai thứ tự; " : "";
            String orderEn = missing.isEmpty() && unexpected.isEmpty() ? "the columns are out of order; " : "";
            throw new ImportRejected("Dòng tiêu đề không đúng: " + order + "thiếu cột " + missing
                    + ", cột lạ hoặc trùng " + unexpected + "; cần đúng các cột theo thứ tự " + SampleReader.COLUMNS
                    + ". / Wrong header: " + orderEn + "missing columns " + missing
                    + ", unexpected or repeated columns " + unexpected + "; the columns must be exactly, in"
                    + " this order, " + SampleReader.COLUMNS + ".");
        }
        int[] columnAt = new int[SampleReader.COLUMNS.size()];
        for (int i = 0; i < columnAt.length; i++) {
            columnAt[i] = i;
        }
        return columnAt;
    }
}
