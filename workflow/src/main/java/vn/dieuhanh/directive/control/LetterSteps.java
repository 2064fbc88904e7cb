package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.Directory;

/**
 * The City Office's steps on a directive's letter: drafted by the specialist, reviewed by the
 * division head, signed by the Chief of Office, numbered and issued by the records clerk.
 */
@ApplicationScoped
public class LetterSteps {

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

    /** A returned draft is drawn again as a new version. */
    public void draft(String directiveId, String taskId, Collection<String> groups, Actor actor, List<String> body) {
        Directive directive = steps.check(directiveId, null, taskId, "draftLetter", groups);
        // The body as written, or drafted from the leader's opinion when empty.
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
        steps.finish(directiveId, taskId, groups, actor, "DRAFTED", null, null, Map.of());
    }

    public byte[] previewDraft(String directiveId, String taskId, Collection<String> groups, List<String> body) {
        Directive directive = steps.check(directiveId, null, taskId, "draftLetter", groups);
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

    public List<String> suggestedBody(String directiveId, String taskId, Collection<String> groups) {
        Directive directive = steps.check(directiveId, null, taskId, "draftLetter", groups);
        return papers.templates()
                .suggestedLetterBody(
                        papers.data(directive),
                        papers.source(directive),
                        (String) workflow.taskVariable(taskId, "opinion"),
                        (String) workflow.taskVariable(taskId, "opinionBy"));
    }

    public Documents.NextNumber peekIssue(String directiveId, String taskId, Collection<String> groups) {
        steps.check(directiveId, null, taskId, "issueLetter", groups);
        return documents.peekNumber(steps.letter(directiveId));
    }

    public void review(String directiveId, String taskId, Collection<String> groups, boolean approved, String reason) {
        steps.check(directiveId, null, taskId, "reviewDraft", groups);
        Map<String, Object> decision = TaskSteps.decision(approved, reason);
        if (approved) {
            documents.approve(steps.letter(directiveId));
        }
        steps.finish(directiveId, taskId, groups, null, AuditLog.approval(approved), reason, null, decision);
    }

    public void sign(
            String directiveId,
            String taskId,
            Collection<String> groups,
            Actor actor,
            boolean approved,
            String reason,
            char[] pin) {
        Directive directive = steps.check(directiveId, null, taskId, "signLetter", groups);
        Map<String, Object> decision = TaskSteps.decision(approved, reason);
        DocumentSummary letter = steps.letter(directiveId);
        if (approved) {
            documents.sign(
                    letter,
                    actor.user(),
                    actor.displayName(),
                    directory.unit(directive.officeUnit()).name(),
                    TaskSteps.requirePin(pin),
                    new Documents.Step("signLetter", taskId, actor.user()));
        } else {
            documents.returnToDraft(letter);
        }
        steps.finish(directiveId, taskId, groups, actor, AuditLog.approval(approved), reason, null, decision);
    }

    /** Every recipient gets its case in the same transaction as the letter's number and seal. */
    public void issue(String directiveId, String taskId, Collection<String> groups, Actor actor) {
        Directive directive = steps.check(directiveId, null, taskId, "issueLetter", groups);
        documents.issue(
                steps.letter(directiveId),
                true,
                directory.unit(directive.officeUnit()).name(),
                new Documents.Step("issueLetter", taskId, actor.user()));
        directive.issued();
        directive.recipients().forEach(unit -> em.persist(new UnitAssignment(directiveId, unit, null)));
        steps.finish(directiveId, taskId, groups, actor, "ISSUED", null, steps.letterNumber(directiveId), Map.of());
    }
}
