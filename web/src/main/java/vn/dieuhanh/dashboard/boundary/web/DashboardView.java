package vn.dieuhanh.dashboard.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.ResourceBundle;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.identity.boundary.web.CallerReader;

/**
 * The page "Bảng điều khiển": for the City Office and the consolidating department, one
 * directive's period at a glance: each unit's value against the directive's charted target and
 * the units under target; a data source may add its own part (see the page). Every chart has its
 * table beside it, the same figures, for screen readers and for those who would rather read. The
 * lines come from the directive's own targets.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    DirectiveBoard board;

    @Inject
    Directives directives;

    @Inject
    CallerReader reader;

    private String code;
    private String period;
    private List<DirectiveBoard.Summary> choices = List.of();
    private DirectiveBoard.Dashboard dashboard;
    private boolean notFound;

    /** Whether the menu offers the dashboard: a role it is for (the unit is checked on the page). */
    public boolean isWatcher() {
        return ReadPolicy.watchesDirectives(reader.reader());
    }

    /** Reads the dashboard of the directive named (or the first this caller may watch). */
    public void load() {
        try {
            if (!isWatcher()) {
                throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "no watching role");
            }
            choices = board.visibleTo(reader.reader()).stream()
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
            dashboard = board.dashboard(directiveId, index, reader.reader());
            code = dashboard.overview().code();
        } catch (DirectiveProblem e) {
            notFound = true;
            dashboard = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String getSamplesChart() {
        ResourceBundle msg = messages();
        var overview = dashboard.overview();
        return Charts.unitsAgainstTarget(
                overview, msg.getString("dashboard.samples"), msg.getString("dashboard.targetLine"));
    }

    public int getSamplesChartHeight() {
        return Math.max(220, 60 + 26 * dashboard.overview().units().size());
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
