package vn.dieuhanh.directive.boundary.web;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.dieuhanh.directive.boundary.DirectiveTemplateView;
import vn.dieuhanh.directive.boundary.TargetRequest;

/**
 * One target of a new directive as the opinion form edits it; the kind, comparison, roll-up and
 * source by name, as the menus post them.
 */
public class TargetRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private String measure;
    private BigDecimal threshold;
    private String comparison = "AT_LEAST";
    private String source = "SELF_REPORTED";
    private String kind = "NUMBER";
    private String rollUp = "SUM";
    private String series;

    public TargetRow() {}

    TargetRow(DirectiveTemplateView.TargetView target) {
        this.code = target.code();
        this.name = target.name();
        this.measure = target.measure();
        this.threshold = target.threshold();
        this.comparison = target.comparison();
        this.source = target.source();
        this.kind = target.kind();
        this.rollUp = target.rollUp();
        this.series = target.series();
    }

    /** Whether a threshold, a measure or a roll-up fits the kind, the target itself says. */
    TargetRequest toRequest() {
        return TargetRequest.of(code, name, measure, kind, threshold, comparison, rollUp, source, series);
    }

    boolean named() {
        return code != null && !code.isBlank() && name != null && !name.isBlank();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getRollUp() {
        return rollUp;
    }

    public void setRollUp(String rollUp) {
        this.rollUp = rollUp;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public String getComparison() {
        return comparison;
    }

    public void setComparison(String comparison) {
        this.comparison = comparison;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
