package vn.dieuhanh.ispeed.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import vn.dieuhanh.dashboard.boundary.web.Charts;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.ispeed.boundary.Measurements;
import vn.dieuhanh.ispeed.boundary.OperatorFigure;
import vn.dieuhanh.ispeed.boundary.OperatorPoint;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * The speed-test part of the directive page and the dashboard, drawn only for a directive whose
 * targets read the i-Speed series: the mean download per operator and technology against the
 * speed target, and the trend over the last periods. The generic part of those pages (units against
 * the charted target) knows nothing of it.
 */
@Named
@RequestScoped
public class SpeedTests {

    private static final ZoneId ZONE = CityTime.ZONE;

    /** Periods the dashboard's trend shows: half a year is what a monthly meeting looks back on. */
    public static final int TREND_PERIODS = 6;

    @Inject
    Measurements measurements;

    private DirectiveBoard.Overview overview;
    private List<OperatorFigure> operators;
    private List<Measurements.TrendPoint> trend;

    /** Whether the directive shown reads speed tests at all; nothing else here is asked otherwise. */
    public boolean applies(DirectiveBoard.Overview shown) {
        return shown != null && measurements.readsSpeedTests(shown.id());
    }

    /** The period's figures per operator and technology. */
    public List<OperatorFigure> operators(DirectiveBoard.Overview shown) {
        if (operators == null) {
            operators = applies(shown)
                    ? measurements
                            .figures(shown.id(), shown.period().index(), List.of())
                            .operators()
                    : List.of();
        }
        return operators;
    }

    /** The directive's download threshold, null if it sets none. */
    public Double speedTarget(DirectiveBoard.Overview shown) {
        return applies(shown) ? measurements.speedTarget(shown.id()).orElse(null) : null;
    }

    /** The trend up to the period shown; months before the directive with no data at all are left out. */
    public List<Measurements.TrendPoint> trend(DirectiveBoard.Overview shown) {
        if (trend == null) {
            if (!applies(shown)) {
                trend = List.of();
                return trend;
            }
            List<Measurements.TrendPoint> points = new ArrayList<>(
                    measurements.trend(shown.id(), shown.period().index(), TREND_PERIODS));
            while (points.size() > 1
                    && points.get(0).beforeDirective()
                    && points.get(0).samples() == 0) {
                points.remove(0);
            }
            trend = List.copyOf(points);
        }
        return trend;
    }

    /** The technology the speed target is about when its name says so ("… 4G"), else every one. */
    public List<String> chartedTechnologies(DirectiveBoard.Overview shown) {
        Set<String> all = new LinkedHashSet<>();
        operators(shown).forEach(o -> all.add(o.technology()));
        trend(shown).forEach(p -> p.operators().forEach(o -> all.add(o.technology())));
        String speedTargetName = measurements.speedTargetName(shown.id()).orElse("");
        List<String> named = all.stream()
                .filter(t -> speedTargetName.toUpperCase(Locale.ROOT).contains(t.toUpperCase(Locale.ROOT)))
                .toList();
        return named.isEmpty() ? List.copyOf(all) : named;
    }

    public String chartedTechnologiesText(DirectiveBoard.Overview shown) {
        return String.join(", ", chartedTechnologies(shown));
    }

    /** Operators along the axis, one bar per charted technology, the speed target across. */
    public String operatorsChart(DirectiveBoard.Overview shown) {
        ResourceBundle msg = messages();
        List<OperatorFigure> figures = operators(shown);
        List<String> names =
                figures.stream().map(OperatorFigure::operator).distinct().toList();
        List<Charts.Series> series = new ArrayList<>();
        for (String technology : chartedTechnologies(shown)) {
            List<Double> means = new ArrayList<>();
            for (String name : names) {
                means.add(figures.stream()
                        .filter(o -> o.operator().equals(name) && o.technology().equals(technology))
                        .map(OperatorFigure::meanDownload)
                        .findFirst()
                        .orElse(null));
            }
            series.add(new Charts.Series(technology, means));
        }
        Double target = speedTarget(shown);
        return Charts.groupedAgainstTarget(
                names, series, target, targetLine(msg, target), msg.getString("dashboard.meanDownload"));
    }

    /** Per operator (and technology, if more than one is charted), the mean download period by period. */
    public String trendChart(DirectiveBoard.Overview shown) {
        ResourceBundle msg = messages();
        List<String> technologies = chartedTechnologies(shown);
        Map<String, List<Double>> lines = new LinkedHashMap<>();
        List<Measurements.TrendPoint> points = trend(shown);
        for (int i = 0; i < points.size(); i++) {
            for (OperatorPoint o : points.get(i).operators()) {
                if (!technologies.contains(o.technology())) {
                    continue;
                }
                String name = technologies.size() == 1 ? o.operator() : o.operator() + " " + o.technology();
                List<Double> values = lines.computeIfAbsent(name, k -> nulls(points.size()));
                values.set(i, o.meanDownload());
            }
        }
        List<Charts.Series> series = new ArrayList<>();
        lines.forEach((name, values) -> series.add(new Charts.Series(name, values)));
        Double target = speedTarget(shown);
        return Charts.linesAgainstTarget(
                trendLabels(shown), series, target, targetLine(msg, target), msg.getString("dashboard.meanDownload"));
    }

    /** How many recipients reached the sample target each period, against all of them. */
    public String trendUnitsChart(DirectiveBoard.Overview shown) {
        ResourceBundle msg = messages();
        List<Measurements.TrendPoint> points = trend(shown);
        return Charts.barsAgainstTarget(
                trendLabels(shown),
                points.stream().map(Measurements.TrendPoint::recipientsAtTarget).toList(),
                points.stream()
                        .map(p -> p.recipientsAtTarget() == p.recipients())
                        .toList(),
                msg.getString("dashboard.unitsAtTarget"),
                points.isEmpty() ? null : points.get(0).recipients(),
                msg.getString("dashboard.allUnits"),
                false);
    }

    private List<String> trendLabels(DirectiveBoard.Overview shown) {
        return trend(shown).stream().map(this::label).toList();
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

    private static String targetLine(ResourceBundle msg, Double target) {
        return msg.getString("dashboard.targetLine") + " " + format(target) + " Mbps";
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
}
