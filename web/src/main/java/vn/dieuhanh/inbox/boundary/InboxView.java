package vn.dieuhanh.inbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.engine.boundary.Workflow;
import vn.dieuhanh.identity.boundary.Caller;

/** The signed-in official's inbox: every open task offered to a role they hold in one of their units. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workflow workflow;

    @Inject
    Caller caller;

    private String userName;
    private List<String> roles;
    private List<String> units;
    private List<OpenTask> tasks;

    @PostConstruct
    void load() {
        userName = caller.name();
        roles = caller.roles();
        units = caller.units();
        tasks = workflow.openTasksFor(caller.taskGroups());
    }

    /** "Nhận việc": the official takes the task; the page says so, or says why not. */
    public void claim(OpenTask task) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            workflow.claim(task.id(), caller.taskGroups(), caller.name());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Đã nhận việc: " + task.name(), null));
        } catch (TaskNotOpenException | TaskNotYoursException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        tasks = workflow.openTasksFor(caller.taskGroups());
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

    public List<String> getUnits() {
        return units;
    }

    public List<OpenTask> getTasks() {
        return tasks;
    }
}
