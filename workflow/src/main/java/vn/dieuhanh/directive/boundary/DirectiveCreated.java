package vn.dieuhanh.directive.boundary;

/** A directive just started, as the API answers it: where to find it and its case. */
public record DirectiveCreated(String id, String code, String processInstanceId) {}
