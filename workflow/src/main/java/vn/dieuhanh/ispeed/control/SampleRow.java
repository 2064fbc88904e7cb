package vn.dieuhanh.ispeed.control;

import java.time.OffsetDateTime;

/**
 * One i-Speed speed test as the import format carries it (docs, import formats).
 *
 * @param rowNumber the data row in its file, from 1 (the header is not counted)
 * @param creditedUnit the unit the test is credited to, or null: then it counts for the unit that
 *     owns the place
 */
public record SampleRow(
        int rowNumber,
        String sampleId,
        OffsetDateTime measuredAt,
        String operator,
        String technology,
        double downloadMbps,
        double uploadMbps,
        double pingMs,
        double jitterMs,
        String placeCode,
        String creditedUnit) {}
