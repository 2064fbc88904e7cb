package vn.dieuhanh.series.boundary;

/** The two formats: CSV with a header, and JSON Lines (one object a line). */
public enum SeriesFormat {
    CSV,
    JSON_LINES
}
