package vn.dieuhanh.reporting.boundary.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.Reporting;
import vn.dieuhanh.inbox.boundary.web.TaskPage;

/** What the unit and consolidation step pages share: the task's case and the person acting. */
public abstract class ReportingPage extends TaskPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Reporting reporting;

    /** The task's directive, unit and period, known once the task is open and the caller's. */
    Reporting.TaskContext context;

    @Override
    protected void opened() {
        context = reporting.context(getTaskId(), stepKey(), caller.taskGroups());
        load();
    }

    /** The page's own data, once {@link #context} is known. */
    protected abstract void load();

    Actor actor() {
        return caller.actor();
    }

    /** The exception the facade threw, out of the container's wrapping. */
    static Throwable cause(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
