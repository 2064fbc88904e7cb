package vn.dieuhanh.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.directive.boundary.Readers;
import vn.dieuhanh.identity.boundary.Caller;
import vn.dieuhanh.measurement.boundary.Measurements;
import vn.dieuhanh.measurement.control.FiguresTrend;
import vn.dieuhanh.measurement.control.MonthlyFigures;
import vn.dieuhanh.platform.boundary.Roles;

/**
 * The page "Bảng điều khiển": for the City Office and the consolidating department, one
 * directive's period at a glance: samples per unit against the per-unit target, the mean download
 * per operator against the speed target, the trend over the last periods and the units under
 * target. Every chart has its table beside it, the same figures, for screen readers and for
 * those who would rather read. The lines come from the directive's own targets.
 */
@Named
@RequestScoped
public class DashboardView {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DirectiveBoard board;

    @Inject
    Directives directives;

    @Inject
    Caller caller;

    private String code;
    private String period;
    private List<DirectiveBoard.Summary> choices = List.of();
    private DirectiveBoard.Dashboard dashboard;
    private boolean notFound;

    /** Whether the menu offers the dashboard: a role it is for (the unit is checked on the page). */
    public boolean isWatcher() {
        return Readers.WATCHERS.stream().anyMatch(caller::hasRole);
    }

    /** Reads the dashboard of the directive named (or the first this caller may watch). */
    public void load() {
        try {
            if (!isWatcher()) {
                throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "no watching role");
            }
            boolean auditor = caller.hasRole(Roles.AUDITOR);
            choices = board.visibleTo(caller.units(), caller.taskGroups(), auditor).stream()
                    .filter(DirectiveBoard.Summary::dashboard)
                    .toList();
            String directiveId;
            if (code != null && !code.isBlank()) {
                directiveId = directives.idOf(code.strip());
            } else if (!choices.isEmpty()) {
                directiveId = choices.get(0).id();
            } else {
                throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "nothing to watch");
            }
            Integer index =
                    period != null && period.strip().matches("\\d{1,4}") ? Integer.valueOf(period.strip()) : null;
            dashboard = board.dashboard(directiveId, index, caller.taskGroups(), auditor);
            code = dashboard.overview().code();
        } catch (DirectiveProblem e) {
            notFound = true;
            dashboard = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The technology the speed target is about when its name says so ("… 4G"), else every one. */
    public List<String> getChartedTechnologies() {
        Set<String> all = new LinkedHashSet<>();
        dashboard.overview().operators().forEach(o -> all.add(o.technology()));
        dashboard.trend().forEach(p -> p.operators().forEach(o -> all.add(o.technology())));
        String speedTargetName = dashboard.overview().targets().stream()
                .filter(t -> t.measure().equalsIgnoreCase("mbps"))
                .map(DirectiveBoard.TargetView::name)
                .findFirst()
                .orElse("");
        List<String> named = all.stream()
                .filter(t -> speedTargetName.toUpperCase(Locale.ROOT).contains(t.toUpperCase(Locale.ROOT)))
                .toList();
        return named.isEmpty() ? List.copyOf(all) : named;
    }

    public String getChartedTechnologiesText() {
        return String.join(", ", getChartedTechnologies());
    }

    public String getSamplesChart() {
        ResourceBundle msg = messages();
        var overview = dashboard.overview();
        return Charts.barsAgainstTarget(
                overview.units().stream().map(DirectiveBoard.UnitLine::unitName).toList(),
                overview.units().stream()
                        .map(DirectiveBoard.UnitLine::measuredSamples)
                        .toList(),
                overview.units().stream()
                        .map(DirectiveBoard.UnitLine::meetsTarget)
                        .toList(),
                msg.getString("dashboard.samples"),
                overview.sampleTarget() > 0 ? overview.sampleTarget() : null,
                msg.getString("dashboard.targetLine") + " " + overview.sampleTarget(),
                true);
    }

    public int getSamplesChartHeight() {
        return Math.max(220, 60 + 26 * dashboard.overview().units().size());
    }

    /** Operators along the axis, one bar per charted technology, the speed target across. */
    public String getOperatorsChart() {
        ResourceBundle msg = messages();
        var operators = dashboard.overview().operators();
        List<String> names = operators.stream()
                .map(MonthlyFigures.OperatorFigure::operator)
                .distinct()
                .toList();
        List<Charts.Series> series = new ArrayList<>();
        for (String technology : getChartedTechnologies()) {
            List<Double> means = new ArrayList<>();
            for (String name : names) {
                means.add(operators.stream()
                        .filter(o -> o.operator().equals(name) && o.technology().equals(technology))
                        .map(MonthlyFigures.OperatorFigure::meanDownload)
                        .findFirst()
                        .orElse(null));
            }
            series.add(new Charts.Series(technology, means));
        }
        Double target = dashboard.overview().speedTarget();
        return Charts.groupedAgainstTarget(
                names,
                series,
                target,
                msg.getString("dashboard.targetLine") + " " + format(target) + " Mbps",
                msg.getString("dashboard.meanDownload"));
    }

    /** Per operator (and technology, if more than one is charted), the mean download period by period. */
    public String getTrendChart() {
        ResourceBundle msg = messages();
        List<String> technologies = getChartedTechnologies();
        Map<String, List<Double>> lines = new LinkedHashMap<>();
        List<Measurements.TrendPoint> trend = dashboard.trend();
        for (int i = 0; i < trend.size(); i++) {
            for (FiguresTrend.OperatorPoint o : trend.get(i).operators()) {
                if (!technologies.contains(o.technology())) {
                    continue;
                }
                String name = technologies.size() == 1 ? o.operator() : o.operator() + " " + o.technology();
                List<Double> values = lines.computeIfAbsent(name, k -> nulls(trend.size()));
                values.set(i, o.meanDownload());
            }
        }
        List<Charts.Series> series = new ArrayList<>();
        lines.forEach((name, values) -> series.add(new Charts.Series(name, values)));
        Double target = dashboard.overview().speedTarget();
        return Charts.linesAgainstTarget(
                trendLabels(),
                series,
                target,
                msg.getString("dashboard.targetLine") + " " + format(target) + " Mbps",
                msg.getString("dashboard.meanDownload"));
    }

    /** How many recipients reached the sample target each period, against all of them. */
    public String getTrendUnitsChart() {
        ResourceBundle msg = messages();
        List<Measurements.TrendPoint> trend = dashboard.trend();
        return Charts.barsAgainstTarget(
                trendLabels(),
                trend.stream().map(Measurements.TrendPoint::recipientsAtTarget).toList(),
                trend.stream()
                        .map(p -> p.recipientsAtTarget() == p.recipients())
                        .toList(),
                msg.getString("dashboard.unitsAtTarget"),
                trend.isEmpty() ? null : trend.get(0).recipients(),
                msg.getString("dashboard.allUnits"),
                false);
    }

    private List<String> trendLabels() {
        return dashboard.trend().stream().map(this::label).toList();
    }

    /**
     * The period's own label ("Tháng 11/2026"); a window before the directive has none, so it is
     * named by the month its last day falls in (the decree's 15th-to-14th windows end in the month
     * they report on), marked "(trước)".
     */
    public String label(Measurements.TrendPoint point) {
        if (!point.beforeDirective()) {
            return point.periodLabel();
        }
        String month = DateTimeFormatter.ofPattern("MM/yyyy")
                .format(point.to().minusNanos(1).atZoneSameInstant(ZONE));
        return month + " " + messages().getString("dashboard.beforeShort");
    }

    private static List<Double> nulls(int size) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(null);
        }
        return values;
    }

    private static String format(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value)
                ? String.valueOf(value.longValue())
                : new java.text.DecimalFormat(
                                "0.#", java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
                        .format(value);
    }

    private static ResourceBundle messages() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public DirectiveBoard.Dashboard getDashboard() {
        return dashboard;
    }

    public DirectiveBoard.Overview getOverview() {
        return dashboard == null ? null : dashboard.overview();
    }

    public List<DirectiveBoard.Summary> getChoices() {
        return choices;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
