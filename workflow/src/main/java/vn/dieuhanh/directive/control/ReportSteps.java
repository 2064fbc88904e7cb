package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.EvidenceRules;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportEvidence;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.ReportValues;

/**
 * The reports a directive asks for: each unit's report for a period, drafted by its officer and
 * signed by its head, and the consolidated report drawn from them and signed by the director.
 */
@ApplicationScoped
public class ReportSteps {

    @Inject
    TaskSteps steps;

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Documents documents;

    @Inject
    DirectivePapers papers;

    @Inject
    DirectiveValues reportValues;

    @Inject
    DirectivePeriods periodResults;

    @Inject
    AuditLog audit;

    Clock clock = Clock.system(CityTime.ZONE);

    /**
     * The unit's officer drafts the period's report (a returned report is drawn again), with
     * evidence files stored in the same transaction as the report and its values: a refused value
     * or file stores nothing.
     */
    public void report(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String note,
            List<ReportValues.Entry> values,
            List<EvidenceRules.Upload> evidence) {
        Directive directive = steps.check(directiveId, unitCode, taskId, "draftUnitReport", groups);
        int period = steps.periodOf(taskId);
        List<EvidenceRules.Accepted> accepted;
        List<ReportValues.Accepted> checked;
        try {
            checked = reportValues.check(directive, values);
            accepted = EvidenceRules.check(evidence);
        } catch (IllegalArgumentException e) {
            throw new DirectiveProblem(DirectiveProblem.Kind.INVALID, e.getMessage());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        accepted.forEach(file -> em.persist(new ReportEvidence(
                directiveId,
                unitCode,
                period,
                file.fileName(),
                file.mediaType(),
                file.content(),
                taskId,
                actor.user(),
                now)));
        reportValues.store(directive, unitCode, period, checked, actor.user(), now);
        List<ReportValues.Line> lines = reportValues.lines(directive, unitCode, period, byCode(checked));
        String text = reportText(
                note, accepted.stream().map(EvidenceRules.Accepted::fileName).toList());
        PeriodResults.Results results = periodResults.forReportOf(directive, unitCode, period);
        var content = papers.templates()
                .unitReport(
                        papers.data(directive),
                        unitCode,
                        papers.periodLabel(directive, period),
                        text,
                        ReportPapers.valueLines(lines, unitCode, results),
                        ReportPapers.subUnits(unitCode, results),
                        null,
                        true);
        var step = new Documents.Step("draftUnitReport", taskId, actor.user());
        documents.draft(directiveId, unitCode, period, unitCode, List.of(directive.followUpUnit()), content, step);
        audit.reportValues(
                directiveId,
                unitCode,
                period,
                actor.user(),
                actor.displayName(),
                lines.stream()
                        .filter(l -> l.reported() != null)
                        .map(l -> l.target().code() + " = " + l.valueText())
                        .toList());
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportNote", note == null ? "" : note);
        steps.finish(directiveId, taskId, groups, actor, "REPORTED", note, text, variables);
    }

    /**
     * The report as {@link #report} would draw it, with the draft mark, for the officer to read
     * before sending it; nothing is stored and the task stays open.
     */
    public byte[] previewReport(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            String note,
            List<ReportValues.Entry> values,
            List<String> evidenceNames) {
        Directive directive = steps.check(directiveId, unitCode, taskId, "draftUnitReport", groups);
        int period = steps.periodOf(taskId);
        List<ReportValues.Accepted> checked;
        try {
            checked = reportValues.check(directive, values);
        } catch (IllegalArgumentException e) {
            throw new DirectiveProblem(DirectiveProblem.Kind.INVALID, e.getMessage());
        }
        List<ReportValues.Line> lines = reportValues.lines(directive, unitCode, period, byCode(checked));
        PeriodResults.Results results = periodResults.forReportOf(directive, unitCode, period);
        return documents.render(papers.templates()
                .unitReport(
                        papers.data(directive),
                        unitCode,
                        papers.periodLabel(directive, period),
                        reportText(note, evidenceNames),
                        ReportPapers.valueLines(lines, unitCode, results),
                        ReportPapers.subUnits(unitCode, results),
                        null,
                        true));
    }

    private static Map<String, ReportValues.Accepted> byCode(List<ReportValues.Accepted> values) {
        Map<String, ReportValues.Accepted> byCode = new HashMap<>();
        values.forEach(v -> byCode.put(v.target().code(), v));
        return byCode;
    }

    /** What the unit writes, and the evidence it attaches. */
    private static String reportText(String note, List<String> evidenceNames) {
        return (note == null || note.isBlank() ? "" : note)
                + (evidenceNames.isEmpty()
                        ? ""
                        : (note == null || note.isBlank() ? "" : "\n") + "Tài liệu minh chứng kèm theo: "
                                + String.join(", ", evidenceNames) + ".");
    }

    /** The unit head signs the report with their PIN; it is numbered in the unit's register and sent. */
    public void approveReport(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            boolean approved,
            String reason,
            char[] pin) {
        steps.check(directiveId, unitCode, taskId, "approveUnitReport", groups);
        Map<String, Object> decision = TaskSteps.decision(approved, reason);
        int period = steps.periodOf(taskId);
        DocumentSummary report = documents
                .of(directiveId, DocumentKind.UNIT_REPORT, unitCode, period)
                .orElseThrow(() -> TaskSteps.notDrawn("báo cáo kỳ / the period report"));
        if (approved) {
            // Someone acting for the head signs "KT." (a deputy) or "TUQ." the head, under their own title and name.
            boolean deputy = workflow.actingFor(taskId, groups).isPresent();
            // Numbered in the unit's register and sealed by the unit: an issued report holds up on
            // its own, and verifies VALID (the seal's the last signature, over the whole file).
            signAndIssue(report, unitCode, actor, pin, true, "approveUnitReport", taskId, deputy);
        } else {
            documents.returnToDraft(report);
        }
        steps.finish(directiveId, taskId, groups, actor, AuditLog.approval(approved), reason, null, decision);
    }

    /** The consolidating officer draws up the period's report from the units' reports and the data series. */
    public void consolidate(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        Directive directive = steps.check(directiveId, null, taskId, "consolidateReports", groups);
        int period = steps.periodOf(taskId);
        PeriodResults.Results results = periodResults.of(directive, period);
        var content = papers.templates()
                .consolidatedReport(
                        papers.data(directive),
                        papers.periodLabel(directive, period),
                        ReportPapers.unitStates(results),
                        ReportPapers.sections(results),
                        null,
                        true);
        var step = new Documents.Step("consolidateReports", taskId, actor.user());
        documents.draft(
                directiveId,
                null,
                period,
                directive.consolidatingUnit(),
                // A report that stays in the city goes to the leaders through their Office.
                List.of(directive.reportsOutside() ? directive.receiverUnit() : directive.officeUnit()),
                content,
                step);
        steps.finish(directiveId, taskId, groups, actor, "CONSOLIDATED", null, null, Map.of());
    }

    /** The director signs the consolidated report with their PIN; it is numbered, sealed and sent. */
    public void signConsolidated(
            String directiveId,
            String taskId,
            Collection<String> groups,
            Actor actor,
            boolean approved,
            String reason,
            char[] pin) {
        Directive directive = steps.check(directiveId, null, taskId, "signConsolidatedReport", groups);
        Map<String, Object> decision = TaskSteps.decision(approved, reason);
        int period = steps.periodOf(taskId);
        DocumentSummary report = documents
                .of(directiveId, DocumentKind.CONSOLIDATED_REPORT, null, period)
                .orElseThrow(() -> TaskSteps.notDrawn("báo cáo tổng hợp / the consolidated report"));
        if (approved) {
            signAndIssue(
                    report, directive.consolidatingUnit(), actor, pin, true, "signConsolidatedReport", taskId, false);
        } else {
            documents.returnToDraft(report);
        }
        steps.finish(directiveId, taskId, groups, actor, AuditLog.approval(approved), reason, null, decision);
    }

    private void signAndIssue(
            DocumentSummary document,
            String unitCode,
            Actor actor,
            char[] pin,
            boolean seal,
            String stepKey,
            String taskId,
            boolean deputy) {
        String organisation = directory.unit(unitCode).name();
        var step = new Documents.Step(stepKey, taskId, actor.user());
        documents.approve(document);
        documents.sign(
                document,
                actor.user(),
                actor.displayName(),
                organisation,
                TaskSteps.requirePin(pin),
                step,
                deputy ? Optional.of(actor.titles().getOrDefault(unitCode, "")) : Optional.empty());
        documents.issue(document, seal, organisation, step);
    }
}
