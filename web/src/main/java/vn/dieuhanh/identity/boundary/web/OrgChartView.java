package vn.dieuhanh.identity.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.identity.boundary.RoleAssignments;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * "Cơ cấu tổ chức": the administrator sees the org chart as Keycloak holds it (units as a tree,
 * each unit's people and their roles) and gives or takes away roles, written to Keycloak through
 * {@link RoleAssignments}. Only administrators open the page (web.xml); the boundary checks again.
 */
@Named
@ViewScoped
public class OrgChartView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(OrgChartView.class.getName());

    /** A unit in the tree, with how deep it sits (the city is 0). */
    public record UnitRow(String code, String name, String type, int depth) {}

    @Inject
    Directory directory;

    @Inject
    RoleAssignments assignments;

    private String unit;
    private String unitName;
    private List<UnitRow> units = List.of();
    private List<Directory.Member> members = List.of();
    private final Map<String, String> chosen = new HashMap<>();

    /** The page's view action: the tree, and the chosen unit's people read fresh. */
    public void load() {
        Map<String, String> parents = directory.parents();
        Map<String, String> names = directory.names();
        Map<String, List<String>> children = new HashMap<>();
        parents.forEach((code, parent) ->
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code));
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        children.values().forEach(list -> list.sort((a, b) -> vietnamese.compare(names.get(a), names.get(b))));
        List<UnitRow> rows = new ArrayList<>();
        addUnits(null, 0, children, names, rows);
        units = List.copyOf(rows);
        if (unit != null && !names.containsKey(unit)) {
            message(FacesMessage.SEVERITY_WARN, "Không có đơn vị " + unit + ". / No unit " + unit + ".");
            unit = null;
        }
        unitName = unit == null ? null : names.get(unit);
        members = unit == null ? List.of() : directory.membersOf(unit);
    }

    private void addUnits(
            String parent,
            int depth,
            Map<String, List<String>> children,
            Map<String, String> names,
            List<UnitRow> rows) {
        for (String code : children.getOrDefault(parent, List.of())) {
            rows.add(new UnitRow(code, names.get(code), directory.types().get(code), depth));
            addUnits(code, depth + 1, children, names, rows);
        }
    }

    /** "Gán vai trò": the role picked on the person's row. */
    public void grant(String username) {
        String role = chosen.get(username);
        if (role == null || role.isBlank()) {
            message(FacesMessage.SEVERITY_WARN, "Chọn vai trò để gán. / Choose a role to give.");
            return;
        }
        act(() -> assignments.grant(unit, username, role), "Đã gán vai trò " + role + " cho " + username + ".");
        chosen.remove(username);
    }

    /** "Bỏ": takes the role away. */
    public void revoke(String username, String role) {
        act(() -> assignments.revoke(unit, username, role), "Đã bỏ vai trò " + role + " của " + username + ".");
    }

    private void act(Runnable change, String done) {
        if (unit == null) {
            message(FacesMessage.SEVERITY_WARN, "Chọn một đơn vị. / Choose a unit.");
            return;
        }
        try {
            change.run();
            message(FacesMessage.SEVERITY_INFO, done);
        } catch (RoleAssignments.RoleChangeRefused refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (RuntimeException failed) {
            // Keycloak down or refusing the service account: said plainly, kept in the log.
            LOG.log(Level.WARNING, "Role change failed in unit " + unit, failed);
            message(
                    FacesMessage.SEVERITY_ERROR,
                    "Máy chủ định danh không nhận thay đổi; vai trò chưa được thay đổi. / The identity server did not"
                            + " take the change; no role was changed.");
        }
        members = directory.membersOf(unit);
    }

    /** The roles a person of this unit may still be given. */
    public List<String> assignable(Directory.Member member) {
        return Roles.ALL.stream().filter(r -> !member.roles().contains(r)).toList();
    }

    /** Only the application's roles are shown; Keycloak's own (default roles, offline access) are not ours. */
    public List<String> shown(Directory.Member member) {
        return member.roles().stream().filter(Roles.ALL::contains).toList();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public String getUnitName() {
        return unitName;
    }

    public List<UnitRow> getUnits() {
        return units;
    }

    public List<Directory.Member> getMembers() {
        return members;
    }

    public Map<String, String> getChosen() {
        return chosen;
    }
}
