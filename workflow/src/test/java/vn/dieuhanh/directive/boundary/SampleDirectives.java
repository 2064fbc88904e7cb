package vn.dieuhanh.directive.boundary;

import java.math.BigDecimal;
import java.util.List;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.reporting.entity.Target;

/** A directive shaped as i-Speed's (its units, one sample target) for the boundary's unit tests. */
final class SampleDirectives {

    private SampleDirectives() {}

    /** Sent to a department and a district, subject "V/v " and the code. */
    static Directive ispeedLike(String code, ReportingCycle cycle) {
        return new Directive(
                code,
                "V/v " + code,
                new DirectiveUnits("VP-KSTTHC", "VP-UBND", "VP-VT", "SO-TTTT", "BO-TTTT"),
                List.of("SO-YTE", "QUAN-NGOQUYEN"),
                List.of(new Target(
                        "samples",
                        "Số mẫu",
                        "mẫu",
                        BigDecimal.valueOf(300),
                        Target.Comparison.AT_LEAST,
                        Target.Source.SELF_REPORTED)),
                cycle,
                null);
    }

    /** The City Office of the demo: its leaders in UBND-HP, its records office VP-VT. */
    static CityOffice cityOffice() {
        return new CityOffice() {
            @Override
            public String leaderUnit() {
                return "UBND-HP";
            }

            @Override
            public String recordsUnit() {
                return "VP-VT";
            }
        };
    }
}
