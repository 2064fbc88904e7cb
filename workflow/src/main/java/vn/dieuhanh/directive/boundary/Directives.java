package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.access.control.Participations;
import vn.dieuhanh.access.control.ReadPolicy;
import vn.dieuhanh.access.entity.Reader;
import vn.dieuhanh.audit.control.AuditLog;
import vn.dieuhanh.delegation.boundary.Delegations;
import vn.dieuhanh.directive.control.DirectivePapers;
import vn.dieuhanh.directive.control.DirectivePeriods;
import vn.dieuhanh.directive.control.DirectiveValues;
import vn.dieuhanh.directive.control.ReportPapers;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveReminder;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportEvidence;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.directive.entity.UnitReport;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.dispatch.control.DocumentKind;
import vn.dieuhanh.dispatch.entity.OfficialDocument;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.control.Directory;
import vn.dieuhanh.persistence.control.UniqueConstraints;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.reporting.boundary.DataSeries;
import vn.dieuhanh.reporting.boundary.PeriodResults;
import vn.dieuhanh.reporting.boundary.ReportValues;
import vn.dieuhanh.reporting.entity.Target;

/**
 * Every person's action on a directive, each one transaction over the engine and our tables.
 * Each action names the task it completes; the task must be open, at the expected step, of this
 * directive (and unit), and offered to one of the caller's {@code UNIT:role} groups.
 */
@Stateless
public class Directives {

    public static final String PROCESS_KEY = "directive";
    static final String OPINION_STEP = "giveDirectingOpinion";
    /** A directive's targets fit on a page of the letter and a report's table. */
    static final int MAX_TARGETS = 30;

    private static final ZoneId ZONE = CityTime.ZONE;

    @Inject
    Delegations delegations;

    @Inject
    Workflow workflow;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    CityOffice cityOffice;

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
    DataSeries dataSeries;

    @Inject
    AuditLog audit;

    @Inject
    Participations participations;

    /** The shortest period a cycle may have: a day in service; the system tests set seconds. */
    @Inject
    @ConfigProperty(name = "dieuhanh.cycle.min-period", defaultValue = "P1D")
    String minPeriod;

    Clock clock = Clock.system(ZONE);

    /**
     * Every unit a directive names is in the organisation chart: a code typed wrong would give
     * tasks to a group nobody holds, and the directive would wait for it forever.
     */
    private void checkUnits(Directive directive) {
        for (String unitCode : directive.partyUnits()) {
            if (!directory.knows(unitCode)) {
                throw new DirectiveProblem(
                        DirectiveProblem.Kind.INVALID,
                        "Không có đơn vị " + unitCode + " trong sơ đồ tổ chức. / No unit " + unitCode
                                + " in the organisation chart.");
            }
        }
    }

    /** The leader's directing opinion on an incoming document starts a directive. */
    public Directive create(String opinionTaskId, Collection<String> callerGroups, Actor actor, NewDirective spec) {
        workflow.openTaskFor(opinionTaskId, OPINION_STEP, callerGroups);
        Directive directive;
        try {
            spec.cycle().requirePeriodsOfAtLeast(ReportingCycle.amount(minPeriod == null ? "P1D" : minPeriod));
            directive = new Directive(
                    spec.code(),
                    spec.subject(),
                    new DirectiveUnits(
                            spec.leadUnit(),
                            cityOffice.officeUnit(),
                            cityOffice.recordsUnit(),
                            spec.consolidatingUnit(),
                            spec.receiverUnit()),
                    spec.recipients(),
                    spec.targets(),
                    spec.cycle(),
                    (String) workflow.taskVariable(opinionTaskId, "incomingDocumentId"));
        } catch (IllegalArgumentException e) {
            throw new DirectiveProblem(DirectiveProblem.Kind.INVALID, e.getMessage());
        }
        checkTargets(directive);
        checkUnits(directive);
        finish(
                directive.id(),
                opinionTaskId,
                callerGroups,
                actor,
                "DIRECTED",
                spec.opinion(),
                spec.code(),
                Map.of("opinion", spec.opinion(), "directiveCode", spec.code()));
        persist(
                directive,
                "uq_directive_code",
                "Mã văn bản chỉ đạo " + spec.code() + " đã được dùng. / The code " + spec.code()
                        + " is already taken.");
        Map<String, Object> variables = new HashMap<>(directive.processVariables());
        // What the letter is drafted from: the leader's words and name.
        variables.put("opinion", spec.opinion());
        variables.put("opinionBy", actor.displayName());
        // Recorded before its case starts, so the trail reads "created, then its first step".
        audit.directiveCreated(directive, actor.user(), actor.displayName(), cityOffice.leaderUnit());
        directive.started(workflow.start(PROCESS_KEY, directive.code(), variables));
        documents.drawNumbered(
                directive.id(),
                cityOffice.leaderUnit(),
                null,
                cityOffice.leaderUnit(),
                directory.unit(cityOffice.leaderUnit()).name(),
                List.of(directive.officeUnit(), directive.leadUnit()),
                papers.templates()
                        .opinionSlip(
                                cityOffice.leaderUnit(),
                                papers.data(directive),
                                papers.source(directive),
                                spec.opinion(),
                                actor.displayName()),
                new Documents.Step(OPINION_STEP, opinionTaskId, actor.user()));
        return directive;
    }

    /** Codes unique, and every data series a target reads fed by some source. */
    private void checkTargets(Directive directive) {
        List<Target> targets = directive.targets();
        if (targets.size() > MAX_TARGETS) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Tối đa " + MAX_TARGETS + " chỉ tiêu. / At most " + MAX_TARGETS + " targets.");
        }
        if (targets.stream().map(Target::code).distinct().count() != targets.size()) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID, "Hai chỉ tiêu cùng một mã. / Two targets have the same code.");
        }
        var known = dataSeries.known();
        for (Target target : targets) {
            if (target.series() != null && !known.contains(target.series())) {
                throw new DirectiveProblem(
                        DirectiveProblem.Kind.INVALID,
                        "Không có chuỗi số liệu \"" + target.series() + "\" (có: " + String.join(", ", known)
                                + "). / No data series \"" + target.series() + "\".");
            }
        }
    }

    /**
     * The specialist drafts the letter: the body as written (paragraphs), or drafted from the
     * leader's opinion when none is given. A returned draft is drawn again as a new version.
     */
    public void draft(String directiveId, String taskId, Collection<String> groups, Actor actor, List<String> body) {
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "draftLetter", groups);
        var content = papers.templates()
                .letter(
                        papers.data(directive),
                        papers.source(directive),
                        (String) workflow.taskVariable(taskId, "opinion"),
                        (String) workflow.taskVariable(taskId, "opinionBy"),
                        body,
                        null,
                        true);
        var step = new Documents.Step("draftLetter", taskId, actor.user());
        documents.draft(directiveId, null, null, directive.officeUnit(), directive.recipients(), content, step);
        finish(directiveId, taskId, groups, actor, "DRAFTED", null, null, Map.of());
    }

    /**
     * The draft as {@link #draft} would draw it, with the draft mark, for the specialist to read
     * before sending it on. Nothing is stored and the task stays open.
     */
    public byte[] previewDraft(
            String directiveId, String taskId, Collection<String> groups, Actor actor, List<String> body) {
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "draftLetter", groups);
        return documents.render(papers.templates()
                .letter(
                        papers.data(directive),
                        papers.source(directive),
                        (String) workflow.taskVariable(taskId, "opinion"),
                        (String) workflow.taskVariable(taskId, "opinionBy"),
                        body,
                        null,
                        true));
    }

    /** The body the letter would have if drafted from the leader's opinion: where the specialist starts. */
    public List<String> suggestedBody(String directiveId, String taskId, Collection<String> groups) {
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "draftLetter", groups);
        return papers.templates()
                .suggestedLetterBody(
                        papers.data(directive),
                        papers.source(directive),
                        (String) workflow.taskVariable(taskId, "opinion"),
                        (String) workflow.taskVariable(taskId, "opinionBy"));
    }

    /** The number and date the register would give the signed letter now, for the clerk to see. */
    public Documents.NextNumber peekIssue(String directiveId, String taskId, Collection<String> groups) {
        check(directiveId, null, taskId, "issueLetter", groups);
        return documents.peekNumber(letter(directiveId));
    }

    /** The id of the directive's letter, once drafted. */
    public java.util.Optional<String> letterId(String directiveId) {
        return documents.of(directiveId, DocumentKind.LETTER, null, null).map(OfficialDocument::id);
    }

    public void review(String directiveId, String taskId, Collection<String> groups, boolean approved, String reason) {
        check(directiveId, null, taskId, "reviewDraft", groups);
        Map<String, Object> decision = decision(approved, reason);
        if (approved) {
            documents.approve(letter(directiveId));
        }
        finish(directiveId, taskId, groups, null, AuditLog.approval(approved), reason, null, decision);
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
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "signLetter", groups);
        Map<String, Object> decision = decision(approved, reason);
        OfficialDocument letter = letter(directiveId);
        if (approved) {
            documents.sign(
                    letter,
                    actor.user(),
                    actor.displayName(),
                    directory.unit(directive.officeUnit()).name(),
                    requirePin(pin),
                    new Documents.Step("signLetter", taskId, actor.user()));
        } else {
            letter.returnToDraft();
        }
        finish(directiveId, taskId, groups, actor, AuditLog.approval(approved), reason, null, decision);
    }

    /**
     * The records clerk numbers, dates and seals the signed letter and issues it to every
     * recipient at once: each gets its case in the same transaction.
     */
    public void issue(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "issueLetter", groups);
        documents.issue(
                letter(directiveId),
                true,
                directory.unit(directive.officeUnit()).name(),
                new Documents.Step("issueLetter", taskId, actor.user()));
        directive.issued();
        directive.recipients().forEach(unit -> em.persist(new UnitAssignment(directiveId, unit, null)));
        finish(directiveId, taskId, groups, actor, "ISSUED", null, letterNumber(directiveId), Map.of());
    }

    public void assign(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String officer) {
        Directive directive = find(directiveId);
        check(directiveId, unitCode, taskId, "assignOrForward", groups);
        // Only an officer of the unit itself: the task then reaches someone who can act on it.
        if (directory.holdersOf(unitCode, "unit-officer").stream()
                .noneMatch(p -> p.username().equals(officer))) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Người được giao không phải cán bộ đầu mối của đơn vị: " + officer
                            + " / The person assigned is not an officer of the unit: " + officer);
        }
        assignment(directiveId, unitCode).assign(officer, OffsetDateTime.now(clock));
        documents.drawNumbered(
                directiveId,
                unitCode,
                null,
                unitCode,
                directory.unit(unitCode).name(),
                List.of(unitCode),
                papers.templates()
                        .assignmentSlip(
                                papers.data(directive),
                                unitCode,
                                letterNumber(directiveId),
                                directory.fullName(officer),
                                List.of(),
                                actor.displayName()),
                new Documents.Step("assignOrForward", taskId, actor.user()));
        finish(
                directiveId,
                taskId,
                groups,
                actor,
                "ASSIGNED",
                null,
                officer,
                Map.of("forwarded", false, "officer", officer));
    }

    /** Forwards the task to sub-units; each runs the unit process, and their results roll up here. */
    public void forward(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            List<String> subUnits) {
        Directive directive = find(directiveId);
        check(directiveId, unitCode, taskId, "assignOrForward", groups);
        if (subUnits.isEmpty() || subUnits.contains(unitCode)) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Cần chọn ít nhất một đơn vị cấp dưới, khác đơn vị mình. / Choose at least one sub-unit,"
                            + " other than your own.");
        }
        Set<String> below = directory.subUnitsOf(unitCode);
        List<String> outside =
                subUnits.stream().filter(sub -> !below.contains(sub)).toList();
        if (!outside.isEmpty()) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.FORBIDDEN,
                    "Chỉ chuyển được cho đơn vị cấp dưới của mình; không phải cấp dưới: " + String.join(", ", outside)
                            + " / Only your own sub-units can be forwarded to; not yours: "
                            + String.join(", ", outside));
        }
        subUnits.forEach(sub -> em.persist(new UnitAssignment(directiveId, sub, unitCode)));
        flush(
                "uq_unit_assignment",
                "Một đơn vị được chọn đã tham gia văn bản này. / A chosen unit already takes part in this directive.");
        documents.drawNumbered(
                directiveId,
                unitCode,
                null,
                unitCode,
                directory.unit(unitCode).name(),
                subUnits,
                papers.templates()
                        .assignmentSlip(
                                papers.data(directive),
                                unitCode,
                                letterNumber(directiveId),
                                null,
                                subUnits,
                                actor.displayName()),
                new Documents.Step("assignOrForward", taskId, actor.user()));
        finish(
                directiveId,
                taskId,
                groups,
                actor,
                "FORWARDED",
                null,
                String.join(", ", subUnits),
                Map.of("forwarded", true));
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
        Directive directive = find(directiveId);
        check(directiveId, unitCode, taskId, "draftUnitReport", groups);
        int period = periodOf(taskId);
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
        finish(directiveId, taskId, groups, actor, "REPORTED", note, text, variables);
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
        Directive directive = find(directiveId);
        check(directiveId, unitCode, taskId, "draftUnitReport", groups);
        int period = periodOf(taskId);
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
        check(directiveId, unitCode, taskId, "approveUnitReport", groups);
        Map<String, Object> decision = decision(approved, reason);
        int period = periodOf(taskId);
        OfficialDocument report = documents
                .of(directiveId, DocumentKind.UNIT_REPORT, unitCode, period)
                .orElseThrow(() -> notDrawn("báo cáo kỳ / the period report"));
        if (approved) {
            // Someone acting for the head signs "KT." (a deputy) or "TUQ." the head, under their own title and name.
            boolean deputy = workflow.actingFor(taskId, groups).isPresent();
            // Numbered in the unit's register and sealed by the unit: an issued report holds up on
            // its own, and verifies VALID (the seal's the last signature, over the whole file).
            signAndIssue(report, unitCode, actor, pin, true, "approveUnitReport", taskId, deputy);
        } else {
            report.returnToDraft();
        }
        finish(directiveId, taskId, groups, actor, AuditLog.approval(approved), reason, null, decision);
    }

    /** The consolidating officer draws up the period's report from the units' reports and the data series. */
    public void consolidate(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "consolidateReports", groups);
        int period = periodOf(taskId);
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
        finish(directiveId, taskId, groups, actor, "CONSOLIDATED", null, null, Map.of());
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
        Directive directive = find(directiveId);
        check(directiveId, null, taskId, "signConsolidatedReport", groups);
        Map<String, Object> decision = decision(approved, reason);
        int period = periodOf(taskId);
        OfficialDocument report = documents
                .of(directiveId, DocumentKind.CONSOLIDATED_REPORT, null, period)
                .orElseThrow(() -> notDrawn("báo cáo tổng hợp / the consolidated report"));
        if (approved) {
            signAndIssue(
                    report, directive.consolidatingUnit(), actor, pin, true, "signConsolidatedReport", taskId, false);
        } else {
            report.returnToDraft();
        }
        finish(directiveId, taskId, groups, actor, AuditLog.approval(approved), reason, null, decision);
    }

    private void signAndIssue(
            OfficialDocument document,
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
                requirePin(pin),
                step,
                deputy ? Optional.of(actor.titles().getOrDefault(unitCode, "")) : Optional.empty());
        documents.issue(document, seal, organisation, step);
    }

    public void acknowledge(String directiveId, String taskId, Collection<String> groups) {
        step(directiveId, null, taskId, "acknowledgeReceipt", groups, Map.of());
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
        audit.closureRequested(directive, reason, cityOffice.leaderUnit());
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

    public Directive find(String directiveId) {
        Directive directive = em.find(Directive.class, directiveId);
        if (directive == null) {
            throw DirectiveProblem.notFound(directiveId);
        }
        return directive;
    }

    private void step(
            String directiveId,
            String unitCode,
            String taskId,
            String stepKey,
            Collection<String> groups,
            Map<String, Object> variables) {
        check(directiveId, unitCode, taskId, stepKey, groups);
        finish(directiveId, taskId, groups, null, "DONE", null, null, variables);
    }

    /** The task is open at this step, of this directive and unit, and offered to the caller. */
    private void check(String directiveId, String unitCode, String taskId, String stepKey, Collection<String> groups) {
        find(directiveId);
        workflow.openTaskFor(taskId, stepKey, groups);
        if (!directiveId.equals(workflow.taskVariable(taskId, "directiveId"))) {
            throw new TaskNotOpenException(taskId);
        }
        if (unitCode != null && !unitCode.equals(workflow.taskVariable(taskId, "unitCode"))) {
            throw new TaskNotYoursException(taskId);
        }
    }

    private OfficialDocument letter(String directiveId) {
        return documents
                .of(directiveId, DocumentKind.LETTER, null, null)
                .orElseThrow(() -> notDrawn("công văn / the letter"));
    }

    /** The issued letter's number ("12/VP-KSTTHC"), which later documents cite. */
    private String letterNumber(String directiveId) {
        return documents
                .of(directiveId, DocumentKind.LETTER, null, null)
                .map(OfficialDocument::numberLabel)
                .orElse(null);
    }

    private int periodOf(String taskId) {
        Object period = workflow.taskVariable(taskId, "periodIndex");
        return period == null ? 0 : ((Number) period).intValue();
    }

    private static DirectiveProblem notDrawn(String what) {
        return new DirectiveProblem(
                DirectiveProblem.Kind.CONFLICT,
                "Chưa có " + what + " để xử lý. / There is no " + what.substring(what.indexOf('/') + 2) + " yet.");
    }

    private static char[] requirePin(char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Cần nhập mã PIN của khóa ký số để ký. / Enter the PIN of your signing key to sign.");
        }
        return pin;
    }

    private static Map<String, Object> decision(boolean approved, String reason) {
        if (!approved && (reason == null || reason.isBlank())) {
            throw new DirectiveProblem(
                    DirectiveProblem.Kind.INVALID,
                    "Cần nêu lý do khi trả lại. / A reason is required to return a document.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", approved);
        variables.put("returnReason", approved ? "" : reason.strip());
        return variables;
    }

    private UnitAssignment assignment(String directiveId, String unitCode) {
        return em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id and a.unitCode = :unit",
                        UnitAssignment.class)
                .setParameter("id", directiveId)
                .setParameter("unit", unitCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new TaskNotYoursException(unitCode));
    }

    private void persist(Object entity, String constraint, String message) {
        em.persist(entity);
        flush(constraint, message);
    }

    private void flush(String constraint, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, constraint)) {
                throw new DirectiveProblem(DirectiveProblem.Kind.CONFLICT, message);
            }
            throw e;
        }
    }

    /**
     * A person's step done: recorded in the trail with their decision, then completed in the
     * engine, in the caller's transaction. A null actor is the signed-in caller.
     */
    private void finish(
            String directiveId,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String decision,
            String reason,
            String detail,
            Map<String, Object> variables) {
        workflow.actingFor(taskId, groups)
                .ifPresent(acting -> delegations.used(
                        actor == null ? null : actor.user(),
                        acting.unit(),
                        acting.role(),
                        workflow.openTask(taskId).map(OpenTask::stepKey).orElse(null),
                        directiveId));
        audit.taskDone(
                directiveId,
                taskId,
                groups,
                actor == null ? null : actor.user(),
                actor == null ? null : actor.displayName(),
                decision,
                reason,
                detail);
        workflow.complete(taskId, variables);
    }
}
