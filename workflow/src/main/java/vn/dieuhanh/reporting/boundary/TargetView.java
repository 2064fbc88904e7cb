package vn.dieuhanh.reporting.boundary;

import vn.dieuhanh.reporting.entity.Target;

/**
 * A target as pages show it, without the entity: the web sees records, never entities.
 *
 * @param requirement "tối thiểu 80 %", as {@link TargetValues#requirement} writes it
 * @param kind the name of the target's kind: TEXT, YES_NO, NUMBER, PERCENT or COUNT
 * @param selfReported whether units enter the value (else it is measured from data)
 */
public record TargetView(String code, String name, String requirement, String kind, boolean selfReported) {

    public static TargetView of(Target target) {
        return new TargetView(
                target.code(),
                target.name(),
                TargetValues.requirement(target),
                target.kind().name(),
                target.source() == Target.Source.SELF_REPORTED);
    }
}
