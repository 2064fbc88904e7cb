package vn.dieuhanh.reporting.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.dieuhanh.directive.boundary.Reporting;

/** "Phân công hoặc chuyển cấp dưới": the unit head assigns one of the unit's officers, or forwards to sub-units. */
@Named
@ViewScoped
public class AssignOrForwardView extends ReportingPage {

    private static final long serialVersionUID = 1L;

    static final String ASSIGN = "ASSIGN";
    static final String FORWARD = "FORWARD";

    private Reporting.AssignmentChoices choices;
    private String mode;
    private String officer;
    private List<String> subUnits = new ArrayList<>();

    @Override
    protected String stepKey() {
        return "assignOrForward";
    }

    @Override
    protected void load() {
        choices = reporting.assignmentChoices(getTaskId(), caller.taskGroups());
        // A unit without sub-units can only assign: the choice is made for the head.
        if (choices.subUnits().isEmpty()) {
            mode = ASSIGN;
        }
    }

    public String submit() {
        if (context == null) {
            return null;
        }
        // One or the other, said next to the control that is missing.
        // Nothing chosen arrives as an empty string, not null.
        if (!ASSIGN.equals(mode) && !FORWARD.equals(mode)) {
            messageFor(
                    "assign:mode",
                    "Chọn giao cho cán bộ đầu mối hoặc chuyển cho đơn vị cấp dưới. / Choose to assign an officer or"
                            + " to forward to sub-units.");
            return null;
        }
        if (ASSIGN.equals(mode) && blank(officer)) {
            messageFor("assign:officer", "Chọn một cán bộ đầu mối. / Choose an officer.");
            return null;
        }
        if (FORWARD.equals(mode) && (subUnits == null || subUnits.isEmpty())) {
            messageFor("assign:sub-units", "Chọn ít nhất một đơn vị cấp dưới. / Choose at least one sub-unit.");
            return null;
        }
        try {
            if (ASSIGN.equals(mode)) {
                directives.assign(
                        context.directiveId(), context.unitCode(), getTaskId(), caller.taskGroups(), actor(), officer);
                return done("Đã giao nhiệm vụ cho cán bộ " + officerName() + ".");
            }
            directives.forward(
                    context.directiveId(),
                    context.unitCode(),
                    getTaskId(),
                    caller.taskGroups(),
                    actor(),
                    List.copyOf(subUnits));
            return done("Đã chuyển nhiệm vụ cho " + subUnits.size() + " đơn vị cấp dưới.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    private String officerName() {
        return choices.officers().stream()
                .filter(p -> p.username().equals(officer))
                .map(p -> p.fullName())
                .findFirst()
                .orElse(officer);
    }

    @Override
    public String getDocumentId() {
        return choices == null ? null : choices.letterDocumentId();
    }

    public Reporting.AssignmentChoices getChoices() {
        return choices;
    }

    public boolean isCanForward() {
        return choices != null && !choices.subUnits().isEmpty();
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public List<String> getSubUnits() {
        return subUnits;
    }

    public void setSubUnits(List<String> subUnits) {
        this.subUnits = subUnits;
    }
}
