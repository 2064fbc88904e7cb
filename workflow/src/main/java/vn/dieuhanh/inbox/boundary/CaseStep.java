package vn.dieuhanh.inbox.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.engine.boundary.FinishedStep;
import vn.dieuhanh.engine.boundary.Workflow;

/**
 * A step of a case already done, as a task page's history shows it: who did it and when, and what
 * they decided ({@code approved} and {@code reason} on a review or signature step, else null), or
 * the opinion a leader gave. The engine keeps only which step wrote which value; the words the
 * processes use for a decision are read here.
 */
public record CaseStep(
        String stepKey,
        String name,
        String by,
        OffsetDateTime started,
        OffsetDateTime finished,
        Boolean approved,
        String reason,
        String note) {

    /** The process variables in which a person's decision on a step is handed over. */
    static final String APPROVED = "approved";

    static final String RETURN_REASON = "returnReason";
    static final String OPINION = "opinion";

    private static final Set<String> DECISIONS = Set.of(APPROVED, RETURN_REASON, OPINION);

    /** A case's finished steps, oldest first, each with the decision it carried. */
    public static List<CaseStep> historyOf(Workflow workflow, String processInstanceId) {
        return workflow.history(processInstanceId, DECISIONS).stream()
                .map(CaseStep::of)
                .toList();
    }

    static CaseStep of(FinishedStep step) {
        return new CaseStep(
                step.stepKey(),
                step.name(),
                step.by(),
                step.started(),
                step.finished(),
                step.value(APPROVED) instanceof Boolean b ? b : null,
                blankToNull(step.value(RETURN_REASON)),
                blankToNull(step.value(OPINION)));
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
