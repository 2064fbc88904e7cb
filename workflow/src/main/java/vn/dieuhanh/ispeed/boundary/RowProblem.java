package vn.dieuhanh.ispeed.boundary;

/**
 * A refused row, as the error report lists it.
 *
 * @param rowNumber the data row, from 1 (the header is not counted)
 * @param column the column's name in the format ("download_mbps"), or "row" for the whole row
 * @param value the cell as read, cut to 200 characters
 * @param reason why, in Vietnamese then English
 */
public record RowProblem(int rowNumber, String column, String value, String reason) {}
