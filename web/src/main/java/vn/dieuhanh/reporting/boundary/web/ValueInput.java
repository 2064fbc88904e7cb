package vn.dieuhanh.reporting.boundary.web;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.dieuhanh.reporting.control.ReportValues;
import vn.dieuhanh.reporting.control.TargetValues;
import vn.dieuhanh.reporting.entity.Target;

/**
 * One target on the report page, as the officer fills it: a number typed the Vietnamese way, a
 * yes or no, or a text, and a comment; beside it, what the target's data measured.
 */
public class ValueInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final String requirement;
    private final Target.Kind kind;
    private final boolean entered;
    private final String measured;
    private final String verdict;
    private String typed;
    private String comment;

    ValueInput(ReportValues.Line line) {
        Target target = line.target();
        this.code = target.code();
        this.name = target.name();
        this.requirement = TargetValues.requirement(target);
        this.kind = target.kind();
        this.entered = target.source() == Target.Source.SELF_REPORTED;
        this.measured = line.measured() == null ? null : TargetValues.format(target, line.measured());
        this.verdict = line.verdict().vietnamese();
        if (line.reported() != null) {
            // A returned report: what was entered before is where the officer starts again.
            this.typed = line.reported().text() != null
                    ? line.reported().text()
                    : kind == Target.Kind.YES_NO
                            ? Boolean.toString(line.reported().number().signum() != 0)
                            : TargetValues.format(target, line.reported().number())
                                    .replace(" %", "");
            this.comment = line.comment();
        }
    }

    /** What was typed, as the target rules take it; null when nothing was. */
    Object value(Target target) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (kind) {
            case TEXT -> typed;
            case YES_NO -> Boolean.valueOf(typed);
            case NUMBER, PERCENT, COUNT -> {
                BigDecimal number = TargetValues.parseTyped(target, typed);
                yield number;
            }
        };
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRequirement() {
        return requirement;
    }

    public String getKind() {
        return kind.name();
    }

    public boolean isEntered() {
        return entered;
    }

    public String getMeasured() {
        return measured;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
