package vn.dieuhanh.ispeed.boundary;

/** A unit under the target: what it has and how many samples it still misses. */
public record Shortfall(String unitCode, long count, long missing) {}
