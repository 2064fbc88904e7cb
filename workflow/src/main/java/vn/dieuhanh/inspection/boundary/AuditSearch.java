package vn.dieuhanh.inspection.boundary;

import java.time.OffsetDateTime;

/** What to look for; every part may be null (then it does not narrow). */
public record AuditSearch(
        String directiveId, String unitCode, String person, OffsetDateTime from, OffsetDateTime to, String kind) {}
