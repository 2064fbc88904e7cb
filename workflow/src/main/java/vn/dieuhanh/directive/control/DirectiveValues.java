package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.reporting.boundary.ReportValues;

/**
 * The values a unit enters for a directive's targets, by directive: reporting's
 * {@link ReportValues} given the directive as a {@link vn.dieuhanh.reporting.boundary.ReportingScope},
 * so that reporting does not depend on the directive.
 */
@ApplicationScoped
public class DirectiveValues {

    @Inject
    ReportValues values;

    /** See {@link ReportValues#check}. */
    public List<ReportValues.Accepted> check(Directive directive, List<ReportValues.Entry> entries) {
        return values.check(DirectivePeriods.scope(directive), entries);
    }

    /** See {@link ReportValues#store}. */
    public void store(
            Directive directive,
            String unitCode,
            int periodIndex,
            List<ReportValues.Accepted> accepted,
            String user,
            OffsetDateTime at) {
        values.store(directive.id(), unitCode, periodIndex, accepted, user, at);
    }

    /** See {@link ReportValues#stored}. */
    public Map<String, ReportValues.Accepted> stored(Directive directive, String unitCode, int periodIndex) {
        return values.stored(DirectivePeriods.scope(directive), unitCode, periodIndex);
    }

    /** See {@link ReportValues#lines}. */
    public List<ReportValues.Line> lines(
            Directive directive, String unitCode, int periodIndex, Map<String, ReportValues.Accepted> given) {
        return values.lines(
                DirectivePeriods.scope(directive), DirectivePeriods.window(directive, periodIndex), unitCode, given);
    }
}
