package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.PeriodWindow;
import vn.dieuhanh.reporting.boundary.ReportingScope;

/**
 * A directive's period as its targets see it: reads who must report (the recipients and the
 * sub-units they forwarded to) and whose reports are in from the directive's tables, and hands
 * them to reporting's {@link PeriodResults}. The directive side of the results, so that reporting
 * does not depend on the directive.
 */
@ApplicationScoped
public class DirectivePeriods {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    PeriodResults results;

    /** The directive as reporting needs it. */
    public static ReportingScope scope(Directive directive) {
        return new ReportingScope(directive.id(), directive.code(), directive.recipients(), directive.targets());
    }

    /** The directive's period by index; throws {@link IllegalArgumentException} past the cycle. */
    public static PeriodWindow window(Directive directive, int periodIndex) {
        ReportingCycle.ReportingPeriod period = directive.cycle().period(periodIndex);
        return new PeriodWindow(periodIndex, period.start(), period.end());
    }

    /**
     * Whether the unit forwarded the task to sub-units: only such a unit's report needs the
     * period's results of every unit, which a unit without sub-units is spared.
     */
    public boolean forwarded(Directive directive, String unitCode) {
        return em.createQuery(
                                "select count(a) from UnitAssignment a where a.directiveId = :id"
                                        + " and a.parentUnit = :unit",
                                Long.class)
                        .setParameter("id", directive.id())
                        .setParameter("unit", unitCode)
                        .getSingleResult()
                > 0;
    }

    /** The period's results for this unit's report: every unit's when it forwarded, else none. */
    public PeriodResults.Results forReportOf(Directive directive, String unitCode, int periodIndex) {
        return forwarded(directive, unitCode)
                ? of(directive, periodIndex)
                : new PeriodResults.Results(periodIndex, null, null, List.of(), List.of());
    }

    public PeriodResults.Results of(Directive directive, int periodIndex) {
        PeriodWindow window = window(directive, periodIndex);
        Map<String, List<String>> children = new HashMap<>();
        em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id and a.parentUnit is not null"
                                + " order by a.unitCode",
                        UnitAssignment.class)
                .setParameter("id", directive.id())
                .getResultList()
                .forEach(a -> children.computeIfAbsent(a.parentUnit(), k -> new ArrayList<>())
                        .add(a.unitCode()));
        Map<String, Boolean> late = new HashMap<>();
        em.createQuery(
                        "select r from UnitReport r where r.directiveId = :id and r.periodIndex = :period",
                        UnitReport.class)
                .setParameter("id", directive.id())
                .setParameter("period", periodIndex)
                .getResultList()
                .forEach(r -> late.put(r.unitCode(), r.late()));
        return results.of(scope(directive), window, children, late);
    }
}
