package vn.dieuhanh.ispeed.boundary;

/** One operator's samples on one technology in one period. */
public record OperatorPoint(
        String operator, String technology, long count, double meanDownload, double shareAtOrAbove) {}
