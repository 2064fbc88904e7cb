package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.engine.boundary.ServiceStep;
import vn.dieuhanh.engine.boundary.StepExecution;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Opens the next reporting period of a unit or of the consolidation: the period the case is in
 * now when it starts, then one after the other. Sets the period's dates for the model's timers
 * and due dates, and whether another period follows.
 *
 * <p>Reads the engine's clock, so process tests move time instead of waiting for it.
 */
@Named("reportingPeriods")
@Dependent
public class ReportingPeriodsDelegate implements ServiceStep {

    static final ZoneId ZONE = CityTime.ZONE;

    @Override
    public void run(StepExecution execution) {
        ReportingCycle cycle = cycleOf(execution);
        Object previous = execution.variable("periodIndex");
        ReportingCycle.ReportingPeriod period =
                previous == null ? cycle.periodAt(execution.now()) : cycle.period(((Number) previous).intValue() + 1);

        execution.setVariable("periodIndex", period.index());
        execution.setVariable("periodStartAt", period.start().toString());
        execution.setVariable("periodEndAt", period.end().toString());
        execution.setVariable("unitDeadlineAt", period.unitDeadline().toString());
        execution.setVariable("reminderLetterAt", period.reminderLetterAt().toString());
        execution.setVariable(
                "consolidationDueAt", period.consolidationDeadline().toString());
        execution.setVariable("morePeriods", !period.last());
    }

    /** The cycle travels with the case as variables set when the directive is issued. */
    static ReportingCycle cycleOf(StepExecution execution) {
        return new ReportingCycle(
                OffsetDateTime.parse((String) execution.variable("cycleStart")),
                (String) execution.variable("periodLength"),
                (String) execution.variable("unitDeadlineOffset"),
                (String) execution.variable("reminderLetterOffset"),
                (String) execution.variable("consolidationOffset"),
                OffsetDateTime.parse((String) execution.variable("endAt")));
    }
}
