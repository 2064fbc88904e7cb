package vn.dieuhanh.dispatch.boundary;

import java.time.OffsetDateTime;

/** One stored PDF of a document as a step produced it, without its bytes (a list must not load every PDF). */
public record VersionSummary(
        int version,
        String stage,
        String sha256,
        int sizeBytes,
        String stepKey,
        String producedBy,
        OffsetDateTime producedAt) {}
