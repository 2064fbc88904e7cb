package vn.dieuhanh.inspection.boundary;

import java.time.OffsetDateTime;

/**
 * One line of a trail, from our records ({@code source = "audit"}, with its place in the chain)
 * or from the engine's history ({@code source = "engine"}: a step reached, a timer fired).
 */
public record TrailEvent(
        OffsetDateTime at,
        String source,
        Long seq,
        String kind,
        String kindLabel,
        String outcome,
        String actor,
        String actorName,
        String unitCode,
        String role,
        String directiveId,
        String caseRef,
        String stepKey,
        String stepName,
        String taskId,
        String processKey,
        String processInstanceId,
        Integer periodIndex,
        String periodLabel,
        String decision,
        String reason,
        String documentId,
        Integer documentVersion,
        String documentSha256,
        String detail,
        Boolean open,
        String entryHash) {}
