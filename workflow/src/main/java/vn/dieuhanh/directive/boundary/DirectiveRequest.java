package vn.dieuhanh.directive.boundary;

import java.util.List;
import vn.dieuhanh.directive.control.DirectiveTemplates;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A new directive as the API's body or the opinion page gives it: targets and cycle as typed,
 * and optionally a directive template whose targets, units and cycle fill what is left out.
 * The texts come cleaned; {@link #toNewDirective} turns the rest into what the facade checks.
 */
public record DirectiveRequest(
        String code,
        String subject,
        String opinion,
        String leadUnit,
        String consolidatingUnit,
        String receiverUnit,
        List<String> recipients,
        List<TargetRequest> targets,
        CycleRequest cycle,
        String template) {

    /** The most units a directive goes to (see Directive), for the request's own checks. */
    public static final int MAX_RECIPIENTS = Directive.MAX_RECIPIENTS;

    /**
     * The directive this asks for. An {@link IllegalArgumentException} says what is wrong (an
     * unknown template, a wrong cycle or target, no target at all), for a 400 or a form message.
     */
    public NewDirective toNewDirective() {
        DirectiveTemplates.DirectiveTemplate chosen = template == null ? null : DirectiveTemplates.get(template);
        ReportingCycle reportingCycle = cycle.toCycle(chosen == null ? null : chosen.cycle());
        List<Target> asked = targets == null || targets.isEmpty()
                ? chosen == null ? List.of() : chosen.targets()
                : targets.stream().map(TargetRequest::toTarget).toList();
        if (asked.isEmpty()) {
            throw new IllegalArgumentException("Cần ít nhất một chỉ tiêu. / At least one target is required.");
        }
        // Left out, the template's; given as "", none (no consolidation, nobody beyond the city).
        String consolidating =
                consolidatingUnit != null || chosen == null ? consolidatingUnit : chosen.consolidatingUnit();
        String receiver = receiverUnit != null || chosen == null ? receiverUnit : chosen.receiverUnit();
        return new NewDirective(
                code, subject, opinion, leadUnit, consolidating, receiver, recipients, asked, reportingCycle);
    }
}
