package vn.dieuhanh.ispeed.boundary;

/**
 * One operator's samples on one technology.
 *
 * @param shareAtOrAbove the fraction (0..1) of samples whose download is at or above the
 *     threshold asked for
 */
public record OperatorFigure(
        String operator,
        String technology,
        long count,
        double meanDownload,
        double medianDownload,
        double shareAtOrAbove) {}
