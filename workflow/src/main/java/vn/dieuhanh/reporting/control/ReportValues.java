package vn.dieuhanh.reporting.control;

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
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
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

    /** One target in a unit's report, as its pages and document show it. */
    public record Line(
            Target target,
            TargetValues.Value reported,
            String comment,
            BigDecimal measured,
            TargetValues.Verdict verdict) {

        /** "320", "85,5 %", "Có"; with the measured figure beside a reported one. */
        public String valueText() {
            if (reported == null && measured == null) {
                return "—";
            }
            if (reported == null) {
                return TargetValues.format(target, measured) + " (số liệu hệ thống)";
            }
            String text = TargetValues.format(target, reported);
            return measured == null || measured.compareTo(reported.number()) == 0
                    ? text
                    : text + " (hệ thống: " + TargetValues.format(target, measured) + ")";
        }
    }

    /**
     * Checks every entry; throws {@link IllegalArgumentException} (Vietnamese / English) on the
     * first that does not fit: a target the directive does not have, one given twice, a value for
     * a target measured from data, a value of the wrong kind or out of range, a comment too long.
     */
    public List<Accepted> check(Directive directive, List<Entry> entries) {
        Map<String, Target> targets = new HashMap<>();
        directive.targets().forEach(t -> targets.put(t.code(), t));
        Set<String> seen = new HashSet<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Entry entry : entries) {
            String code = entry.targetCode() == null ? "" : entry.targetCode().strip();
            Target target = targets.get(code);
            if (target == null) {
                throw new IllegalArgumentException("Văn bản chỉ đạo " + directive.code() + " không có chỉ tiêu \""
                        + code + "\"; các chỉ tiêu: " + String.join(", ", targets.keySet()) + ". / The directive "
                        + directive.code() + " has no target \"" + code + "\".");
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
            Directive directive,
            String unitCode,
            int periodIndex,
            List<Accepted> values,
            String user,
            OffsetDateTime at) {
        em.createQuery("delete from ReportValue v where v.directiveId = :directive and v.unitCode = :unit"
                        + " and v.periodIndex = :period")
                .setParameter("directive", directive.id())
                .setParameter("unit", unitCode)
                .setParameter("period", periodIndex)
                .executeUpdate();
        for (Accepted value : values) {
            em.persist(new ReportValue(
                    directive.id(),
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
    public Map<String, Accepted> stored(Directive directive, String unitCode, int periodIndex) {
        Map<String, Target> targets = new HashMap<>();
        directive.targets().forEach(t -> targets.put(t.code(), t));
        Map<String, Accepted> stored = new HashMap<>();
        em.createNamedQuery(ReportValue.OF_REPORT, ReportValue.class)
                .setParameter("directive", directive.id())
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
    public List<Line> lines(Directive directive, String unitCode, int periodIndex, Map<String, Accepted> given) {
        ReportingCycle.ReportingPeriod period = directive.cycle().period(periodIndex);
        List<Line> lines = new ArrayList<>();
        for (Target target : directive.targets()) {
            Accepted entered = given.get(target.code());
            BigDecimal measured = target.series() == null
                    ? null
                    : series.figures(target, period.start(), period.end(), List.of(unitCode))
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
            lines.add(new Line(target, reported, entered == null ? null : entered.comment(), measured, verdict));
        }
        return lines;
    }
}
