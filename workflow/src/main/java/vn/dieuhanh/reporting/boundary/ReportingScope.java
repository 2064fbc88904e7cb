package vn.dieuhanh.reporting.boundary;

import java.util.List;
import vn.dieuhanh.reporting.entity.Target;

/**
 * What reporting needs of a directive, handed in by the directive so that reporting does not
 * depend on the directive's entities (the directive depends on reporting, not the reverse).
 *
 * @param directiveId the key the reported values are stored under
 * @param directiveCode as messages name the directive
 * @param recipients the units that must report, in the directive's order
 * @param targets the directive's targets
 */
public record ReportingScope(String directiveId, String directiveCode, List<String> recipients, List<Target> targets) {

    public ReportingScope {
        recipients = List.copyOf(recipients);
        targets = List.copyOf(targets);
    }
}
