package vn.dieuhanh.inbox.boundary.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.inbox.boundary.Inbox;

/** The inbox over HTTP: the open tasks offered to the caller's roles in the caller's units. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    /** Every signed-in user has an inbox; what is in it depends on their units and roles. */
    @GET
    @PermitAll
    public List<OpenTask> inbox() {
        return inbox.tasksFor(caller.taskGroups());
    }
}
