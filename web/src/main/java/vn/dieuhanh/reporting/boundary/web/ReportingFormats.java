package vn.dieuhanh.reporting.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.dieuhanh.reporting.control.TargetValues;
import vn.dieuhanh.reporting.entity.Target;

/** Targets as pages write them, for expressions: {@code #{reportingFormats.requirement(t)}}. */
@Named
@ApplicationScoped
public class ReportingFormats {

    /** "tối thiểu 80 %". */
    public String requirement(Target target) {
        return TargetValues.requirement(target);
    }
}
