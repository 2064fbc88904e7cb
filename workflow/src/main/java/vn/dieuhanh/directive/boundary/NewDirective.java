package vn.dieuhanh.directive.boundary;

import java.util.List;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.reporting.entity.Target;

/** What the leader's directing opinion sets for a new directive. */
public record NewDirective(
        String code,
        String subject,
        String opinion,
        String leadUnit,
        String consolidatingUnit,
        String receiverUnit,
        List<String> recipients,
        List<Target> targets,
        ReportingCycle cycle) {}
