package vn.dieuhanh.directive.boundary;

/** An evidence file of a unit report as it is downloaded: the web gets this record, not the entity. */
public record EvidenceFile(String fileName, String mediaType, byte[] content) {}
