package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.NewDirective;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.reporting.boundary.DataSeries;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A new directive from the leader's directing opinion: checked (units, targets, cycle), stored,
 * its case started and the opinion slip drawn, in the caller's transaction.
 */
@ApplicationScoped
public class DirectiveRegistration {

    public static final String PROCESS_KEY = "directive";
    static final String OPINION_STEP = "giveDirectingOpinion";
    /** A directive's targets fit on a page of the letter and a report's table. */
    static final int MAX_TARGETS = 30;

    @Inject
    TaskSteps steps;

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
    DataSeries dataSeries;

    @Inject
    AuditLog audit;

    /** The shortest period a cycle may have: a day in service; the system tests set seconds. */
    @Inject
    @ConfigProperty(name = "dieuhanh.cycle.min-period", defaultValue = "P1D")
    String minPeriod;

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
        steps.finish(
                directive.id(),
                opinionTaskId,
                callerGroups,
                actor,
                "DIRECTED",
                spec.opinion(),
                spec.code(),
                Map.of("opinion", spec.opinion(), "directiveCode", spec.code()));
        em.persist(directive);
        steps.flush(
                "uq_directive_code",
                "Mã văn bản chỉ đạo " + spec.code() + " đã được dùng. / The code " + spec.code()
                        + " is already taken.");
        Map<String, Object> variables = new HashMap<>(directive.processVariables());
        // What the letter is drafted from: the leader's words and name.
        variables.put("opinion", spec.opinion());
        variables.put("opinionBy", actor.displayName());
        // Recorded before its case starts, so the trail reads "created, then its first step".
        audit.directiveCreated(
                directive.id(),
                directive.code(),
                DirectiveAuditText.created(directive),
                actor.user(),
                actor.displayName(),
                cityOffice.leaderUnit());
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
}
