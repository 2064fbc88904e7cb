package vn.dieuhanh.ispeed.boundary;

/** The two shapes of a sample file, the same columns in each; the page and the API choose one by the file. */
public enum SampleFormat {
    /** UTF-8, comma-separated, header row, RFC 4180 quoting. */
    CSV,
    /** UTF-8, one JSON object per line with the column names as keys. */
    JSON_LINES
}
