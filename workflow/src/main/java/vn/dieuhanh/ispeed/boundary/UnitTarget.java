package vn.dieuhanh.ispeed.boundary;

/** A directive recipient's total against the target ({@code total >= target} meets it). */
public record UnitTarget(String unitCode, long total, long target, boolean meetsTarget) {}
