package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.control.DirectiveRegistration;
import vn.dieuhanh.directive.control.LetterSteps;
import vn.dieuhanh.directive.control.ReportSteps;
import vn.dieuhanh.directive.control.TaskSteps;
import vn.dieuhanh.directive.control.UnitSteps;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.dispatch.boundary.DocumentKind;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.reporting.boundary.ReportValues;

/**
 * Every person's action on a directive, each one transaction over the engine and our tables (the
 * work itself is in the control's steps: registration, the letter, the units, the reports).
 * Each action names the task it completes; the task must be open, at the expected step, of this
 * directive (and unit), and offered to one of the caller's {@code UNIT:role} groups.
 */
@Stateless
public class Directives {

    @Inject
    DirectiveRegistration registration;

    @Inject
    LetterSteps letters;

    @Inject
    UnitSteps units;

    @Inject
    ReportSteps reports;

    @Inject
    TaskSteps steps;

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    CityOffice cityOffice;

    @Inject
    Documents documents;

    @Inject
    AuditLog audit;

    @Inject
    Participations participations;

    /** The leader's directing opinion on an incoming document starts a directive. */
    public Directive create(String opinionTaskId, Collection<String> callerGroups, Actor actor, NewDirective spec) {
        return registration.create(opinionTaskId, callerGroups, actor, spec);
    }

    /** As {@link #create}, answered as the API and the pages show it. */
    public DirectiveCreated register(
            String opinionTaskId, Collection<String> callerGroups, Actor actor, NewDirective spec) {
        Directive directive = registration.create(opinionTaskId, callerGroups, actor, spec);
        return new DirectiveCreated(directive.id(), directive.code(), directive.processInstanceId());
    }

    /**
     * The specialist drafts the letter: the body as written (paragraphs), or drafted from the
     * leader's opinion when none is given. A returned draft is drawn again as a new version.
     */
    public void draft(String directiveId, String taskId, Collection<String> groups, Actor actor, List<String> body) {
        letters.draft(directiveId, taskId, groups, actor, body);
    }

    /**
     * The draft as {@link #draft} would draw it, with the draft mark, for the specialist to read
     * before sending it on. Nothing is stored and the task stays open.
     */
    public byte[] previewDraft(
            String directiveId, String taskId, Collection<String> groups, Actor actor, List<String> body) {
        return letters.previewDraft(directiveId, taskId, groups, body);
    }

    /** The body the letter would have if drafted from the leader's opinion: where the specialist starts. */
    public List<String> suggestedBody(String directiveId, String taskId, Collection<String> groups) {
        return letters.suggestedBody(directiveId, taskId, groups);
    }

    /** The number and date the register would give the signed letter now, for the clerk to see. */
    public Documents.NextNumber peekIssue(String directiveId, String taskId, Collection<String> groups) {
        return letters.peekIssue(directiveId, taskId, groups);
    }

    /** The id of the directive's letter, once drafted. */
    public Optional<String> letterId(String directiveId) {
        return documents.of(directiveId, DocumentKind.LETTER, null, null).map(DocumentSummary::id);
    }

    /** The issued letter's number ("12/VP-KSTTHC"); null before it is issued. */
    public String letterNumber(String directiveId) {
        return steps.letterNumber(directiveId);
    }

    /** The signatures on the stored letter, as the signer sees them once signed. */
    public List<LetterSignature> letterSignatures(String letterId) {
        return documents.verifyStored(letterId).signatures().stream()
                .map(s -> new LetterSignature(s.signer(), s.signedAt(), s.intact()))
                .toList();
    }

    public void review(String directiveId, String taskId, Collection<String> groups, boolean approved, String reason) {
        letters.review(directiveId, taskId, groups, approved, reason);
    }

    /** The Chief of Office signs the approved letter with their key and PIN, or returns it. */
    public void sign(
            String directiveId,
            String taskId,
            Collection<String> groups,
            Actor actor,
            boolean approved,
            String reason,
            char[] pin) {
        letters.sign(directiveId, taskId, groups, actor, approved, reason, pin);
    }

    /**
     * The records clerk numbers, dates and seals the signed letter and issues it to every
     * recipient at once: each gets its case in the same transaction.
     */
    public void issue(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        letters.issue(directiveId, taskId, groups, actor);
    }

    /** The unit head gives the directive to one of the unit's officers. */
    public void assign(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String officer) {
        units.assign(directiveId, unitCode, taskId, groups, actor, officer);
    }

    /** Forwards the task to sub-units; each runs the unit process, and their results roll up here. */
    public void forward(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            List<String> subUnits) {
        units.forward(directiveId, unitCode, taskId, groups, actor, subUnits);
    }

    /** The unit's officer drafts the period's report; a returned report is drawn again. */
    public void report(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String note,
            List<ReportValues.Entry> values) {
        report(directiveId, unitCode, taskId, groups, actor, note, values, List.of());
    }

    /**
     * As {@link #report(String, String, String, Collection, Actor, String, List)}, with evidence
     * files stored in the same transaction as the report and its values: a refused value or file
     * stores nothing.
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
        reports.report(directiveId, unitCode, taskId, groups, actor, note, values, evidence);
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
        return reports.previewReport(directiveId, unitCode, taskId, groups, note, values, evidenceNames);
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
        reports.approveReport(directiveId, unitCode, taskId, groups, actor, approved, reason, pin);
    }

    /** The consolidating officer draws up the period's report from the units' reports and the data series. */
    public void consolidate(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        reports.consolidate(directiveId, taskId, groups, actor);
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
        reports.signConsolidated(directiveId, taskId, groups, actor, approved, reason, pin);
    }

    public void acknowledge(String directiveId, String taskId, Collection<String> groups) {
        steps.check(directiveId, null, taskId, "acknowledgeReceipt", groups);
        steps.finish(directiveId, taskId, groups, null, "DONE", null, null, Map.of());
    }

    /** The leader ends a directive before its end date; every open case of it ends too. */
    public void close(String directiveId, Collection<String> groups, String reason) {
        if (!groups.contains(CandidateGroups.of(cityOffice.leaderUnit(), "city-leader"))) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.FORBIDDEN,
                    "Chỉ lãnh đạo UBND thành phố được kết thúc văn bản chỉ đạo. / Only the city's leaders close"
                            + " a directive.");
        }
        Directive directive = find(directiveId);
        if (directive.status() != Directive.Status.IN_FORCE) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.CONFLICT,
                    "Văn bản chỉ đạo không ở trạng thái đang thực hiện. / The directive is not in force.");
        }
        audit.closureRequested(directive.id(), directive.code(), reason, cityOffice.leaderUnit());
        workflow.correlate("closeDirective", directive.processInstanceId(), Map.of("closingReason", reason));
    }

    /**
     * Where a directive stands, for those the read policy lets read it (see {@link ReadPolicy#mayRead});
     * for anyone else, as if it did not exist.
     */
    public DirectiveStatus status(String directiveId, Reader reader) {
        Directive directive = readable(directiveId, reader);
        List<UnitAssignment> assignments = em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id order by a.unitCode",
                        UnitAssignment.class)
                .setParameter("id", directiveId)
                .getResultList();
        var units = assignments.stream()
                .map(a -> new DirectiveStatus.UnitView(a.unitCode(), a.parentUnit(), a.officer()))
                .toList();
        ReportingCycle cycle = directive.cycle();
        var reports = em
                .createQuery(
                        "select r from UnitReport r where r.directiveId = :id order by r.periodIndex, r.unitCode",
                        UnitReport.class)
                .setParameter("id", directiveId)
                .getResultList()
                .stream()
                .map(r -> new DirectiveStatus.ReportView(
                        r.unitCode(), r.periodIndex(), cycle.label(r.periodIndex()), r.late()))
                .toList();
        var reminders = em
                .createQuery(
                        "select r from DirectiveReminder r where r.directiveId = :id order by r.createdAt",
                        DirectiveReminder.class)
                .setParameter("id", directiveId)
                .getResultList()
                .stream()
                .map(r -> new DirectiveStatus.ReminderView(
                        r.unitCode(),
                        r.periodIndex(),
                        cycle.label(r.periodIndex()),
                        r.kind().name()))
                .toList();
        List<OpenTask> open = workflow.openTasksWhere("directiveId", directiveId);
        return new DirectiveStatus(
                directive.id(),
                directive.code(),
                directive.subject(),
                directive.status().name(),
                directive.recipients(),
                units,
                reports,
                reminders,
                open,
                directive.closedAt(),
                directive.finalSummary());
    }

    /** The directive with this code (as officials name it, for example SOHOA-HP). */
    public String idOf(String code) {
        return em.createNamedQuery(Directive.BY_CODE, Directive.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(Directive::id)
                .orElseThrow(() -> DirectiveProblem.notFound(code));
    }

    /** The directive, if the read policy lets this reader read it; as if absent otherwise. */
    public Directive readable(String directiveId, Reader reader) {
        Directive directive = find(directiveId);
        if (!ReadPolicy.mayRead(reader, participations.of(directive))) {
            throw DirectiveProblem.notFound(directiveId);
        }
        return directive;
    }

    /** The directive's case and the incoming letter's, for a task page's history. */
    public DirectiveCase caseOf(String directiveId) {
        Directive directive = find(directiveId);
        return new DirectiveCase(directive.id(), directive.processInstanceId(), directive.incomingDocumentId());
    }

    public Directive find(String directiveId) {
        Directive directive = em.find(Directive.class, directiveId);
        if (directive == null) {
            throw DirectiveProblem.notFound(directiveId);
        }
        return directive;
    }
}
