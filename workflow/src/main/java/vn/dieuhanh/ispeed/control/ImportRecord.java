package vn.dieuhanh.ispeed.control;

import java.time.OffsetDateTime;
import vn.dieuhanh.ispeed.boundary.SampleFormat;

/**
 * One import as {@code dh_sample_import} records it, before its rows are known: it is inserted
 * first (the samples and refused rows refer to it) and its counts set at the end.
 *
 * @param format {@code CSV} or {@code JSON_LINES}
 */
public record ImportRecord(
        String id,
        String fileName,
        String fileSha256,
        SampleFormat format,
        String importedBy,
        OffsetDateTime importedAt) {}
