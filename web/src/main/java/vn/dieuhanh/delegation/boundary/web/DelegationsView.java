package vn.dieuhanh.delegation.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.delegation.boundary.Delegations;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.identity.boundary.Position;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.platform.boundary.CityTime;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * "Ủy quyền xử lý thay": a head lets a member of the unit take chosen steps for a date range, and
 * ends it; both sides see the delegations they granted or received and whether each is in force.
 * Checked again in {@link Delegations}: the caller must hold the position handed on.
 */
@Named
@ViewScoped
public class DelegationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId ZONE = CityTime.ZONE;

    /** The steps by their names in the office, as the inbox shows them. */
    static final Map<String, String> STEP_NAMES = Map.of(
            "assignOrForward", "Phân công hoặc chuyển cấp dưới",
            "approveUnitReport", "Duyệt, ký báo cáo");

    @Inject
    Delegations delegations;

    @Inject
    Caller caller;

    @Inject
    Directory directory;

    private List<Delegations.Grant> grants = List.of();
    private String unit;
    private String deputy;
    private List<String> steps = new ArrayList<>();
    private LocalDate from;
    private LocalDate until;
    private String reason;

    public void load() {
        grants = delegations.of(caller.name());
        List<String> units = getUnits();
        if (unit == null && !units.isEmpty()) {
            unit = units.get(0);
        }
        if (from == null) {
            from = LocalDate.now(ZONE);
            until = from.plusDays(7);
        }
    }

    /** The units where the caller is head: what they may hand on. */
    public List<String> getUnits() {
        return caller.positions().stream()
                .filter(p -> Delegations.DELEGABLE.containsKey(p.role()))
                .map(Position::unit)
                .distinct()
                .toList();
    }

    public String unitName(String code) {
        return directory.unit(code).name();
    }

    /** The members of the chosen unit other than the caller: who may act for them. */
    public List<Directory.Member> getDeputies() {
        return unit == null
                ? List.of()
                : directory.membersOf(unit).stream()
                        .filter(m -> !m.username().equals(caller.name()))
                        .toList();
    }

    public List<String> getDelegableSteps() {
        return Delegations.DELEGABLE.get("unit-head");
    }

    public String stepName(String step) {
        return STEP_NAMES.getOrDefault(step, step);
    }

    public String stepNames(List<String> stepList) {
        return String.join(", ", stepList.stream().map(this::stepName).toList());
    }

    /** In force, not yet, over or ended, as a person reads it. */
    public String state(Delegations.Grant grant) {
        if (grant.endedAt() != null) {
            return "Đã chấm dứt";
        }
        if (grant.inForce()) {
            return "Đang hiệu lực";
        }
        return grant.from().isAfter(LocalDate.now(ZONE)) ? "Chưa đến ngày hiệu lực" : "Đã hết hạn";
    }

    public boolean mine(Delegations.Grant grant) {
        return grant.grantor().equals(caller.name());
    }

    public void grant() {
        try {
            delegations.grant(
                    caller.name(),
                    caller.taskGroups(),
                    unit,
                    "unit-head",
                    steps,
                    deputy,
                    from,
                    until,
                    reason == null ? null : Text.clean(reason));
            message(FacesMessage.SEVERITY_INFO, "Đã ủy quyền cho " + directory.fullName(deputy) + ".");
            deputy = null;
            reason = null;
            steps = new ArrayList<>();
        } catch (Delegations.DelegationRefused refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
        grants = delegations.of(caller.name());
    }

    public void end(String id) {
        try {
            delegations.end(id, caller.name());
            message(FacesMessage.SEVERITY_INFO, "Đã chấm dứt ủy quyền.");
        } catch (Delegations.DelegationRefused refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
        grants = delegations.of(caller.name());
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Delegations.Grant> getGrants() {
        return grants;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }

    public List<String> getSteps() {
        return steps;
    }

    public void setSteps(List<String> steps) {
        this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
