package vn.dieuhanh.inspection.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.engine.boundary.EngineHistory;

/** Turns our entries and the engine's events into trail lines, and merges the two in time order. */
public final class Trails {

    /** The kinds the engine's events carry (ours are {@link AuditKind}). */
    public static final Set<String> ENGINE_KINDS =
            Set.of("CASE_STARTED", "CASE_ENDED", "TASK_OPENED", "TASK_CANCELLED", "TIMER_FIRED", "STEP_REACHED");

    private Trails() {}

    /** An entry of ours; {@code periodLabel} is its period as people name it ("Tháng 11/2026"), if it has one. */
    public static TrailEvent of(AuditEntry e, String periodLabel) {
        return of(e, periodLabel, null);
    }

    /** As {@link #of(AuditEntry, String)}, with the step's name from its model. */
    public static TrailEvent of(AuditEntry e, String periodLabel, String stepName) {
        return new TrailEvent(
                at(e.recordedAt()),
                "audit",
                e.seq(),
                e.kind(),
                label(e.kind()),
                e.outcome(),
                e.actor(),
                e.actorName(),
                e.unitCode(),
                e.role(),
                e.directiveId(),
                e.caseRef(),
                e.stepKey(),
                stepName,
                e.taskId(),
                null,
                null,
                e.periodIndex(),
                periodLabel,
                e.decision(),
                e.reason(),
                e.documentId(),
                e.documentVersion(),
                e.documentSha256(),
                e.detail(),
                null,
                e.entryHash());
    }

    public static TrailEvent of(EngineHistory.EngineEvent e, String directiveId, String code) {
        String kind = kindOf(e);
        return new TrailEvent(
                at(e.at()),
                "engine",
                null,
                kind,
                label(kind),
                e.canceled() ? "CANCELED" : e.open() ? "OPEN" : "DONE",
                e.assignee() == null ? "engine" : e.assignee(),
                null,
                e.unitCode(),
                null,
                directiveId,
                code,
                e.activityId(),
                e.activityName(),
                e.taskId(),
                e.processKey(),
                e.processInstanceId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                e.endedAt() == null ? null : "Kết thúc / ended " + at(e.endedAt()),
                e.open(),
                null);
    }

    static String kindOf(EngineHistory.EngineEvent e) {
        String type = e.activityType();
        if (type.equals("userTask")) {
            return e.canceled() ? "TASK_CANCELLED" : "TASK_OPENED";
        }
        if (type.contains("Timer")) {
            return "TIMER_FIRED";
        }
        if (type.equals("startEvent")) {
            return "CASE_STARTED";
        }
        if (type.contains("EndEvent") || type.equals("noneEndEvent")) {
            return "CASE_ENDED";
        }
        return "STEP_REACHED";
    }

    public static String label(String kind) {
        return switch (kind) {
            case "CASE_STARTED" -> "Bắt đầu hồ sơ (quy trình)";
            case "CASE_ENDED" -> "Kết thúc hồ sơ (quy trình)";
            case "TASK_OPENED" -> "Giao việc (bước chờ xử lý)";
            case "TASK_CANCELLED" -> "Bước bị hủy";
            case "TIMER_FIRED" -> "Đến hạn (hẹn giờ)";
            case "STEP_REACHED" -> "Qua bước";
            default -> {
                try {
                    yield AuditKind.valueOf(kind).label();
                } catch (IllegalArgumentException e) {
                    yield kind;
                }
            }
        };
    }

    /**
     * Both lists in time order, the first {@code window} of them. At the same instant ours comes
     * first: a person's completion is recorded just before the engine opens the next step; but a
     * timer fires before its delegate records what it did (a reminder, a late report).
     */
    public static List<TrailEvent> merge(List<TrailEvent> ours, List<TrailEvent> theirs, int window) {
        List<TrailEvent> merged = new ArrayList<>(Math.min(window, ours.size() + theirs.size()));
        int i = 0;
        int j = 0;
        while (merged.size() < window && (i < ours.size() || j < theirs.size())) {
            if (j < theirs.size() && (i >= ours.size() || engineFirst(theirs.get(j), ours.get(i)))) {
                merged.add(theirs.get(j++));
            } else {
                merged.add(ours.get(i++));
            }
        }
        return merged;
    }

    private static boolean engineFirst(TrailEvent engine, TrailEvent ours) {
        int order = engine.at().compareTo(ours.at());
        return order < 0 || (order == 0 && "TIMER_FIRED".equals(engine.kind()));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Audits.ZONE).toOffsetDateTime();
    }
}
