package vn.dieuhanh.inspection.boundary;

/**
 * The chain's verification: intact, or the first broken entry's sequence number and why
 * (Vietnamese / English), with the head hash a later reader compares against.
 */
public record ChainCheck(boolean intact, long checked, Long brokenAt, String problem, String headHash) {}
