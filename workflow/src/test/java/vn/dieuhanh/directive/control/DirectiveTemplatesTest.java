package vn.dieuhanh.directive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dieuhanh.directive.control.DirectiveTemplates.DirectiveTemplate;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.DirectiveUnits;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.reporting.entity.Target;

class DirectiveTemplatesTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-15T00:00+07:00");

    @Test
    void everyListedTemplateMakesADirectiveThatHoldsTogether() {
        assertThat(DirectiveTemplates.all())
                .extracting(DirectiveTemplate::code)
                .containsExactly("ispeed-monthly", "quarterly-report", "one-off-task");
        for (DirectiveTemplate template : DirectiveTemplates.all()) {
            ReportingCycle cycle = template.cycle().from(START).toCycle();
            Directive directive = new Directive(
                    "MAU-" + template.code().toUpperCase(),
                    "V/v " + template.name(),
                    new DirectiveUnits(
                            "VP-KSTTHC", "VP-UBND", "VP-VT", template.consolidatingUnit(), template.receiverUnit()),
                    List.of("SO-TP"),
                    template.targets(),
                    cycle,
                    null);
            assertThat(directive.targets()).as(template.code()).isNotEmpty();
            assertThat(template.name()).isNotBlank();
            assertThat(template.nameEn()).isNotBlank();
        }
    }

    @Test
    void theThreeShapesAndTheirCycles() {
        DirectiveTemplate ispeed = DirectiveTemplates.get("ispeed-monthly");
        assertThat(ispeed.consolidatingUnit()).isEqualTo("SO-TTTT");
        assertThat(ispeed.receiverUnit()).isEqualTo("BO-TTTT");
        assertThat(ispeed.cycle().from(START).toCycle().label(0)).isEqualTo("Tháng 1/2027");
        assertThat(ispeed.targets())
                .extracting(Target::source)
                .containsExactly(Target.Source.SELF_REPORTED, Target.Source.MEASURED);

        DirectiveTemplate quarterly = DirectiveTemplates.get("quarterly-report");
        assertThat(quarterly.consolidatingUnit())
                .as("the City Office's monitoring division")
                .isEqualTo("VP-NCKTGS");
        assertThat(quarterly.receiverUnit()).as("nobody beyond the city").isNull();
        ReportingCycle quarters = quarterly.cycle().from(START).toCycle();
        assertThat(quarters.periodCount()).isEqualTo(4);
        assertThat(quarters.label(0)).isEqualTo("Quý I/2027");
        assertThat(quarterly.targets())
                .extracting(t -> t.kind() + " " + t.comparison())
                .containsExactly("PERCENT AT_LEAST", "COUNT AT_MOST", "TEXT NONE");

        DirectiveTemplate task = DirectiveTemplates.get("one-off-task");
        assertThat(task.consolidatingUnit()).as("no consolidation").isNull();
        ReportingCycle once = task.cycle().from(START).toCycle();
        assertThat(once.periodCount()).isEqualTo(1);
        assertThat(once.period(0).end()).isEqualTo(START.plusDays(30));
        assertThat(task.targets()).extracting(Target::kind).containsExactly(Target.Kind.YES_NO, Target.Kind.TEXT);
    }

    @Test
    void anUnknownTemplateIsRefusedNamingTheOnesThereAre() {
        assertThatThrownBy(() -> DirectiveTemplates.get("khong-co"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Không có mẫu văn bản chỉ đạo \"khong-co\"")
                .hasMessageContaining("quarterly-report")
                .hasMessageContaining("No directive template");
        assertThat(DirectiveTemplates.find(null)).isEmpty();
    }
}
