package vn.dieuhanh.directive.boundary;

/**
 * Where a directive's history lives: its own case in the engine, and the incoming letter whose
 * case came before it (null for a directive started without one).
 */
public record DirectiveCase(String directiveId, String processInstanceId, String incomingDocumentId) {}
