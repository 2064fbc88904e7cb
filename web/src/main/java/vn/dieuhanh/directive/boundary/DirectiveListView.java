package vn.dieuhanh.directive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dieuhanh.identity.boundary.Caller;
import vn.dieuhanh.platform.boundary.Roles;

/** The page "Văn bản chỉ đạo": the directives the caller's units take part in (every one for auditors). */
@Named
@RequestScoped
public class DirectiveListView {

    @Inject
    DirectiveBoard board;

    @Inject
    Caller caller;

    private List<DirectiveBoard.Summary> directives;

    /** Whether the menu offers the list: a role that reads directives. */
    public boolean isReader() {
        return Readers.ROLES.stream().anyMatch(caller::hasRole);
    }

    public List<DirectiveBoard.Summary> getDirectives() {
        if (directives == null) {
            directives = isReader()
                    ? board.visibleTo(caller.units(), caller.taskGroups(), caller.hasRole(Roles.AUDITOR))
                    : List.of();
        }
        return directives;
    }
}
