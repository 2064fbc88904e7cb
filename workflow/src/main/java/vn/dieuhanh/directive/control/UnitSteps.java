package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * A receiving unit's first step: its head gives the directive to one of the unit's officers, or
 * forwards it to sub-units, each with its slip in the unit's register.
 */
@ApplicationScoped
public class UnitSteps {

    @Inject
    TaskSteps steps;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Documents documents;

    @Inject
    DirectivePapers papers;

    Clock clock = Clock.system(CityTime.ZONE);

    public void assign(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            String officer) {
        Directive directive = steps.check(directiveId, unitCode, taskId, "assignOrForward", groups);
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
                                steps.letterNumber(directiveId),
                                directory.fullName(officer),
                                List.of(),
                                actor.displayName()),
                new Documents.Step("assignOrForward", taskId, actor.user()));
        steps.finish(
                directiveId,
                taskId,
                groups,
                actor,
                "ASSIGNED",
                null,
                officer,
                Map.of("forwarded", false, "officer", officer));
    }

    public void forward(
            String directiveId,
            String unitCode,
            String taskId,
            Collection<String> groups,
            Actor actor,
            List<String> subUnits) {
        Directive directive = steps.check(directiveId, unitCode, taskId, "assignOrForward", groups);
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
        steps.flush(
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
                                steps.letterNumber(directiveId),
                                null,
                                subUnits,
                                actor.displayName()),
                new Documents.Step("assignOrForward", taskId, actor.user()));
        steps.finish(
                directiveId,
                taskId,
                groups,
                actor,
                "FORWARDED",
                null,
                String.join(", ", subUnits),
                Map.of("forwarded", true));
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
}
