package vn.dieuhanh.reporting.boundary;

import java.time.OffsetDateTime;

/** A reporting period of a directive: its index in the cycle and its window [from, to). */
public record PeriodWindow(int index, OffsetDateTime from, OffsetDateTime to) {}
