package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.engine.boundary.ServiceStep;
import vn.dieuhanh.engine.boundary.StepExecution;

/** Sends a signed unit report: records it for the consolidating unit, late if after the deadline. */
@Named("unitReportSubmission")
@Dependent
public class UnitReportSubmissionDelegate implements ServiceStep {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Override
    public void run(StepExecution execution) {
        OffsetDateTime now = execution.now();
        OffsetDateTime deadline = OffsetDateTime.parse((String) execution.variable("unitDeadlineAt"));
        var report = new UnitReport(
                (String) execution.variable("directiveId"),
                (String) execution.variable("unitCode"),
                ((Number) execution.variable("periodIndex")).intValue(),
                now,
                now.isAfter(deadline),
                execution.variable("reportedSamples") instanceof Number reported ? reported.longValue() : null);
        em.persist(report);
        audit.reportSubmitted(
                (String) execution.variable("directiveId"),
                report.unitCode(),
                report.periodIndex(),
                report.late(),
                now,
                deadline.toString());
    }
}
