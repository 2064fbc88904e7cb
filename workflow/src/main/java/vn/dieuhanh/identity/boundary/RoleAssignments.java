package vn.dieuhanh.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.dieuhanh.audit.boundary.AuditLog;

/**
 * The administrator's changes to the org chart as Keycloak holds it: giving a member of a unit a
 * role of the application, or taking it away. Checked here, whatever the page sent: the person
 * must be a member of that unit, the role one of the application's (never Keycloak's own). Each
 * change is recorded in the audit trail; Keycloak is written first, so a refused write leaves no
 * record of a change that did not happen.
 */
@Stateless
@RolesAllowed("admin")
public class RoleAssignments {

    /** The application's realm roles, as the org chart file declares them. */
    public static final List<String> ROLES = List.of(
            "records-clerk",
            "city-leader",
            "specialist",
            "division-head",
            "chief-of-office",
            "unit-head",
            "unit-officer",
            "dic-officer",
            "dic-director",
            "ministry-officer",
            "auditor",
            "admin");

    @Inject
    Directory directory;

    @Inject
    AuditLog audit;

    /** A change the page asked for that cannot be made: the sentence says why, in Vietnamese and English. */
    @ApplicationException(rollback = true)
    public static class RoleChangeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoleChangeRefused(String message) {
            super(message);
        }
    }

    public void grant(String unitCode, String username, String role) {
        change(unitCode, username, role, true);
    }

    public void revoke(String unitCode, String username, String role) {
        change(unitCode, username, role, false);
    }

    private void change(String unitCode, String username, String role, boolean held) {
        if (role == null || !ROLES.contains(role)) {
            throw new RoleChangeRefused("Vai trò không thuộc ứng dụng. / Not a role of the application.");
        }
        var member = directory.membersOf(unitCode).stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new RoleChangeRefused("Người này không thuộc đơn vị " + unitCode
                        + ". / This person is not a member of " + unitCode + "."));
        if (member.roles().contains(role) == held) {
            throw new RoleChangeRefused(
                    held
                            ? "Người này đã giữ vai trò " + role + ". / This person already holds " + role + "."
                            : "Người này không giữ vai trò " + role + ". / This person does not hold " + role + ".");
        }
        directory.setPosition(unitCode, username, role, held);
        audit.roleChanged(unitCode, username, role, held);
    }
}
