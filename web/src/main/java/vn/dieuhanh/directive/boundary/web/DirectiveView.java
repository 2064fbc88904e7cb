package vn.dieuhanh.directive.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.ResourceBundle;
import vn.dieuhanh.dashboard.boundary.web.Charts;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.directive.boundary.DirectiveProblem;
import vn.dieuhanh.directive.boundary.Directives;
import vn.dieuhanh.identity.boundary.web.CallerReader;

/**
 * The page "Văn bản chỉ đạo": the letter, the targets and the periods of one directive, and for
 * the chosen period every unit taking part, reported or not, its own count beside the measured
 * one, under target marked; a unit that forwarded the task opens onto its sub-units. Its parties
 * and auditors read it; for anyone else it does not exist (404).
 */
@Named
@RequestScoped
public class DirectiveView {

    @Inject
    DirectiveBoard board;

    @Inject
    Directives directives;

    @Inject
    CallerReader reader;

    private String code;
    private String id;
    private String period;
    private String unit;
    private DirectiveBoard.Overview overview;
    private boolean notFound;

    /** Reads the directive once the view parameters are in; a caller who may not read it gets 404. */
    public void load() {
        try {
            String directiveId = id != null && !id.isBlank() ? id.strip() : directives.idOf(nonBlank(code));
            overview = board.overview(directiveId, periodIndex(period), blankToNull(unit), reader.reader());
        } catch (DirectiveProblem e) {
            notFound = true;
            overview = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The value of each unit shown, green or red against the charted target drawn as a line. */
    public String getSamplesChart() {
        if (overview == null) {
            return null;
        }
        return Charts.unitsAgainstTarget(
                overview, messages().getString("directive.measured"), messages().getString("directive.target"));
    }

    /** Height for the horizontal bars: one row per unit, so 45 names stay legible. */
    public int getSamplesChartHeight() {
        return overview == null ? 0 : Math.max(220, 60 + 26 * overview.units().size());
    }

    private static String nonBlank(String code) {
        if (code == null || code.isBlank()) {
            throw new DirectiveProblem(DirectiveProblem.Kind.NOT_FOUND, "no code");
        }
        return code.strip();
    }

    /** The period asked for; anything but a number means the current one. */
    static Integer periodIndex(String text) {
        return text != null && text.strip().matches("\\d{1,4}") ? Integer.valueOf(text.strip()) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ResourceBundle messages() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public DirectiveBoard.Overview getOverview() {
        return overview;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public List<DirectiveBoard.UnitLine> getUnits() {
        return overview == null ? List.of() : overview.units();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
