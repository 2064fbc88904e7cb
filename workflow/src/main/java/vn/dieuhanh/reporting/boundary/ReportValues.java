package vn.dieuhanh.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.reporting.entity.ReportValue;
import vn.dieuhanh.reporting.entity.Target;

/**
 * The values a unit enters for a directive's targets in a period's report: checked against each
 * target (its kind, that the directive has it, that the unit is the one to enter it), stored with
 * the report's draft, and set beside what the target's data series measured.
 */
@ApplicationScoped
public class ReportValues {

    /** A comment on one value: a few sentences. */
    public static final int COMMENT_LIMIT = 2000;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    DataSeries series;

    /** What was sent for one target: the value (a number, true/false or a text) and a comment. */
    public record Entry(String targetCode, Object value, String comment) {}

    /** An entry checked against its target. */
    public record Accepted(Target target, TargetValues.Value value, String comment) {}

    /**
     * One target in a unit's report, as its pages and document show it: the target as a record and
     * the figures already written out, so the web reads it without the entity.
     *
     * @param reportedText the value given, as documents write it ("85,5 %", "Có", the text)
     * @param measuredText the measured figure, as documents write it
     */
    public record Line(
            TargetView target,
            TargetValues.Value reported,
            String comment,
            BigDecimal measured,
            TargetValues.Verdict verdict,
            String reportedText,
            String measuredText) {

        public static Line of(
                Target target,
                TargetValues.Value reported,
                String comment,
                BigDecimal measured,
                TargetValues.Verdict verdict) {
            return new Line(
                    TargetView.of(target),
                    reported,
                    comment,
                    measured,
                    verdict,
                    reported == null ? null : TargetValues.format(target, reported),
                    measured == null ? null : TargetValues.format(target, measured));
        }

        /** "320", "85,5 %", "Có"; with the measured figure beside a reported one. */
        public String valueText() {
            if (reported == null && measured == null) {
                return "—";
            }
            if (reported == null) {
                return measuredText + " (số liệu hệ thống)";
            }
            return measured == null || measured.compareTo(reported.number()) == 0
                    ? reportedText
                    : reportedText + " (hệ thống: " + measuredText + ")";
        }
    }

    /**
     * Checks every entry; throws {@link IllegalArgumentException} (Vietnamese / English) on the
     * first that does not fit: a target the directive does not have, one given twice, a value for
     * a target measured from data, a value of the wrong kind or out of range, a comment too long.
     */
    public List<Accepted> check(ReportingScope scope, List<Entry> entries) {
        Map<String, Target> targets = new HashMap<>();
        scope.targets().forEach(t -> targets.put(t.code(), t));
        Set<String> seen = new HashSet<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Entry entry : entries) {
            String code = entry.targetCode() == null ? "" : entry.targetCode().strip();
            Target target = targets.get(code);
            if (target == null) {
                throw new IllegalArgumentException("Văn bản chỉ đạo " + scope.directiveCode() + " không có chỉ tiêu \""
                        + code + "\"; các chỉ tiêu: " + String.join(", ", targets.keySet()) + ". / The directive "
                        + scope.directiveCode() + " has no target \"" + code + "\".");
            }
            if (!seen.add(code)) {
                throw new IllegalArgumentException("Chỉ tiêu \"" + target.name()
                        + "\" được nhập hai lần. / The target \"" + code + "\" is given twice.");
            }
            if (target.source() == Target.Source.MEASURED) {
                throw new IllegalArgumentException("Chỉ tiêu \"" + target.name()
                        + "\" được đo từ số liệu, đơn vị không nhập. / The target \"" + code
                        + "\" is measured from data; units do not enter it.");
            }
            String comment = entry.comment() == null
                    ? null
                    : Normalizer.normalize(entry.comment().strip(), Normalizer.Form.NFC);
            if (comment != null && comment.length() > COMMENT_LIMIT) {
                throw new IllegalArgumentException("Ghi chú của chỉ tiêu \"" + target.name() + "\" tối đa "
                        + COMMENT_LIMIT + " ký tự. / A comment has at most " + COMMENT_LIMIT + " characters.");
            }
            accepted.add(new Accepted(
                    target,
                    TargetValues.accept(target, entry.value()),
                    comment == null || comment.isEmpty() ? null : comment));
        }
        return accepted;
    }

    /** The unit's values for the period, replacing any drawn before (a returned report drawn again). */
    public void store(
            String directiveId,
            String unitCode,
            int periodIndex,
            List<Accepted> values,
            String user,
            OffsetDateTime at) {
        em.createQuery("delete from ReportValue v where v.directiveId = :directive and v.unitCode = :unit"
                        + " and v.periodIndex = :period")
                .setParameter("directive", directiveId)
                .setParameter("unit", unitCode)
                .setParameter("period", periodIndex)
                .executeUpdate();
        for (Accepted value : values) {
            em.persist(new ReportValue(
                    directiveId,
                    unitCode,
                    periodIndex,
                    value.target().code(),
                    value.value().number(),
                    value.value().text(),
                    value.comment(),
                    user,
                    at));
        }
    }

    /** The values stored for the unit's period, by target code. */
    public Map<String, Accepted> stored(ReportingScope scope, String unitCode, int periodIndex) {
        Map<String, Target> targets = new HashMap<>();
        scope.targets().forEach(t -> targets.put(t.code(), t));
        Map<String, Accepted> stored = new HashMap<>();
        em.createNamedQuery(ReportValue.OF_REPORT, ReportValue.class)
                .setParameter("directive", scope.directiveId())
                .setParameter("unit", unitCode)
                .setParameter("period", periodIndex)
                .getResultList()
                .forEach(v -> {
                    Target target = targets.get(v.targetCode());
                    if (target != null) {
                        stored.put(
                                v.targetCode(),
                                new Accepted(target, new TargetValues.Value(v.number(), v.text()), v.comment()));
                    }
                });
        return stored;
    }

    /** Every target of the directive for the unit's period: the values given, what was measured, the verdict. */
    public List<Line> lines(ReportingScope scope, PeriodWindow period, String unitCode, Map<String, Accepted> given) {
        List<Line> lines = new ArrayList<>();
        for (Target target : scope.targets()) {
            Accepted entered = given.get(target.code());
            BigDecimal measured = target.series() == null
                    ? null
                    : series.figures(target, period.from(), period.to(), List.of(unitCode))
                            .byUnit()
                            .get(unitCode);
            TargetValues.Value reported = entered == null ? null : entered.value();
            TargetValues.Verdict verdict = target.kind() == Target.Kind.TEXT
                    ? (reported == null ? TargetValues.Verdict.MISSING : TargetValues.Verdict.NOT_JUDGED)
                    : target.source() == Target.Source.MEASURED && measured == null
                            // Measured for the whole city, not per unit: judged in the consolidated
                            // report, not held against one unit as missing.
                            ? TargetValues.Verdict.NOT_JUDGED
                            : TargetValues.judge(
                                    target, measured != null ? measured : reported == null ? null : reported.number());
            lines.add(Line.of(target, reported, entered == null ? null : entered.comment(), measured, verdict));
        }
        return lines;
    }
}
