package vn.dieuhanh.inbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.platform.boundary.Roles;

/** The signed-in official's inbox: every open task offered to a role they hold. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workflow workflow;

    private String userName;
    private List<String> roles;
    private List<OpenTask> tasks;

    @PostConstruct
    void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        userName = context.getRemoteUser();
        roles = Roles.ALL.stream().filter(context::isUserInRole).toList();
        tasks = workflow.openTasksFor(roles);
    }

    public boolean isOverdue(OpenTask task) {
        return task.due() != null && task.due().isBefore(OffsetDateTime.now());
    }

    public String getUserName() {
        return userName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public List<OpenTask> getTasks() {
        return tasks;
    }
}
