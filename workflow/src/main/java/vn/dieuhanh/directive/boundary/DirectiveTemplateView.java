package vn.dieuhanh.directive.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.dieuhanh.directive.control.DirectiveTemplates;
import vn.dieuhanh.reporting.entity.Target;

/**
 * A directive template as clients and the opinion page read it (see DirectiveTemplates): what it
 * sets, with the targets in the form a new directive's body takes.
 */
public record DirectiveTemplateView(
        String code,
        String name,
        String nameEn,
        String description,
        String consolidatingUnit,
        String receiverUnit,
        Cycle cycle,
        List<TargetView> targets) {

    /** The cycle as the template states it: the frequency, how many periods or days, the deadlines in days. */
    public record Cycle(
            String frequency,
            Integer periods,
            Integer deadlineDays,
            int reportDueDays,
            int reminderLetterDays,
            int consolidationDueDays) {}

    /** A target with its kind, comparison, roll-up and source by name. */
    public record TargetView(
            String code,
            String name,
            String measure,
            String kind,
            String comparison,
            BigDecimal threshold,
            String rollUp,
            String source,
            String series) {}

    public static List<DirectiveTemplateView> all() {
        return DirectiveTemplates.all().stream().map(DirectiveTemplateView::of).toList();
    }

    public static Optional<DirectiveTemplateView> find(String code) {
        return DirectiveTemplates.find(code).map(DirectiveTemplateView::of);
    }

    /** The template with this code; an unknown code is an {@link IllegalArgumentException} naming those there are. */
    public static DirectiveTemplateView get(String code) {
        return of(DirectiveTemplates.get(code));
    }

    private static DirectiveTemplateView of(DirectiveTemplates.DirectiveTemplate t) {
        DirectiveTemplates.Cycle c = t.cycle();
        return new DirectiveTemplateView(
                t.code(),
                t.name(),
                t.nameEn(),
                t.description(),
                t.consolidatingUnit(),
                t.receiverUnit(),
                new Cycle(
                        c.frequency().name(),
                        c.periods(),
                        c.deadlineDays(),
                        c.reportDueDays(),
                        c.reminderLetterDays(),
                        c.consolidationDueDays()),
                t.targets().stream().map(DirectiveTemplateView::view).toList());
    }

    private static TargetView view(Target t) {
        return new TargetView(
                t.code(),
                t.name(),
                t.measure(),
                t.kind().name(),
                t.comparison().name(),
                t.threshold(),
                t.rollUp().name(),
                t.source().name(),
                t.series());
    }
}
