package vn.dieuhanh.reporting.boundary.web;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.dieuhanh.reporting.boundary.ReportValues;
import vn.dieuhanh.reporting.boundary.TargetValues;
import vn.dieuhanh.reporting.boundary.TargetView;

/**
 * One target on the report page, as the officer fills it: a number typed the Vietnamese way, a
 * yes or no, or a text, and a comment; beside it, what the target's data measured.
 */
public class ValueInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final String requirement;
    private final String kind;
    private final boolean entered;
    private final String measured;
    private final String verdict;
    private String typed;
    private String comment;

    ValueInput(ReportValues.Line line) {
        TargetView target = line.target();
        this.code = target.code();
        this.name = target.name();
        this.requirement = target.requirement();
        this.kind = target.kind();
        this.entered = target.selfReported();
        this.measured = line.measuredText();
        this.verdict = line.verdict().vietnamese();
        if (line.reported() != null) {
            // A returned report: what was entered before is where the officer starts again.
            this.typed = line.reported().text() != null
                    ? line.reported().text()
                    : "YES_NO".equals(kind)
                            ? Boolean.toString(line.reported().number().signum() != 0)
                            : line.reportedText().replace(" %", "");
            this.comment = line.comment();
        }
    }

    /** What was typed, as the target rules take it; null when nothing was. */
    Object value(TargetView target) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (kind) {
            case "TEXT" -> typed;
            case "YES_NO" -> Boolean.valueOf(typed);
            default -> {
                // NUMBER, PERCENT, COUNT
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
        return kind;
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
