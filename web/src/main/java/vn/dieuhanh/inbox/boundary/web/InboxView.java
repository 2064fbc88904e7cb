package vn.dieuhanh.inbox.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.dieuhanh.directive.boundary.Reminders;
import vn.dieuhanh.engine.boundary.OpenTask;
import vn.dieuhanh.engine.boundary.TaskNotOpenException;
import vn.dieuhanh.engine.boundary.TaskNotYoursException;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.inbox.boundary.Inbox;
import vn.dieuhanh.inbox.boundary.InboxActions;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * The signed-in official's inbox: every open task offered to a role they hold in one of their
 * units, narrowed by what they ask (mine only, overdue only, one kind of step, one directive, words
 * of the subject), with taking a task, giving it back and handing it to a colleague of the unit.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which tasks: every task of my units, those I have taken, or those past their deadline. */
    public enum Show {
        ALL,
        MINE,
        DUE_SOON,
        OVERDUE
    }

    /** How far ahead a deadline counts as near: the working days an office plans in. */
    static final java.time.Duration SOON = java.time.Duration.ofDays(3);

    private static final java.time.ZoneId CITY = CityTime.ZONE;

    @Inject
    Inbox inbox;

    @Inject
    InboxActions actions;

    @Inject
    Caller caller;

    @Inject
    Directory directory;

    @Inject
    Reminders reminders;

    private String userName;
    private List<String> roles;
    private List<String> units;
    private List<OpenTask> all;
    /** Reminders to the caller's units, read once with the page: they change by timer, not by this page. */
    private List<Reminders.Notice> unitReminders;

    private Show show = Show.ALL;
    private String kind;
    private String directive;
    private String search;
    /** The colleague picked on each row, by task id. */
    private final Map<String, String> handTo = new HashMap<>();

    @PostConstruct
    void load() {
        userName = caller.name();
        roles = caller.roles();
        units = caller.units();
        unitReminders = reminders.forUnits(units);
        reload();
    }

    /** What the caller's units have been reminded of lately, newest first. */
    public List<Reminders.Notice> getReminders() {
        return unitReminders;
    }

    private void reload() {
        all = inbox.tasksFor(caller.taskGroups());
    }

    /** The tasks the filters leave, oldest first as the engine lists them. */
    public List<OpenTask> getTasks() {
        String words = fold(search);
        List<OpenTask> shown = new ArrayList<>();
        for (OpenTask task : all) {
            if (!shows(show, task)) {
                continue;
            }
            if (kind != null && !kind.isEmpty() && !kind.equals(task.name())) {
                continue;
            }
            if (directive != null && !directive.isEmpty() && !directive.equals(task.businessKey())) {
                continue;
            }
            if (!words.isEmpty()
                    && !fold(task.subject() + " " + task.name() + " " + task.businessKey())
                            .contains(words)) {
                continue;
            }
            shown.add(task);
        }
        return shown;
    }

    /**
     * Lower case without Vietnamese diacritics, so "bao cao" finds "Báo cáo": officials type on
     * phones and keyboards without a Vietnamese input method too.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace('đ', 'd');
        return decomposed.replaceAll("\\p{M}+", "");
    }

    /** "Nhận việc": the official takes the task; the page says so, or says why not. */
    public void claim(OpenTask task) {
        act(() -> actions.claim(task.id(), caller.taskGroups(), caller.name()), "Đã nhận việc: " + task.name());
    }

    /** "Trả lại": the task goes back to the unit's list for a colleague to take. */
    public void unclaim(OpenTask task) {
        act(
                () -> actions.unclaim(task.id(), caller.taskGroups(), caller.name()),
                "Đã trả lại việc cho đơn vị: " + task.name());
    }

    /**
     * "Chuyển": hands the task to the colleague picked on its row, who must hold one of the task's
     * roles in one of its units (checked here against the directory, never trusted from the page).
     */
    public void handOver(OpenTask task) {
        String colleague = handTo.get(task.id());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (colleague == null || colleague.isBlank()) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            "Chọn đồng nghiệp để chuyển việc. / Choose a colleague to hand the task to.",
                            null));
            return;
        }
        if (colleaguesFor(task).stream().noneMatch(p -> p.username().equals(colleague))) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "Người này không giữ vai trò của công việc trong đơn vị. / This person does not hold"
                                    + " the task's role in its unit.",
                            null));
            return;
        }
        act(
                () -> actions.handOver(task.id(), caller.taskGroups(), caller.name(), colleague),
                "Đã chuyển việc cho " + directory.fullName(colleague) + ": " + task.name());
        handTo.remove(task.id());
    }

    /** Colleagues who may take this task: holders of its roles in its units that are mine, not me. */
    public List<Directory.Person> colleaguesFor(OpenTask task) {
        Map<String, Directory.Person> people = new LinkedHashMap<>();
        for (String group : inbox.candidateGroupsOf(task.id())) {
            if (!caller.taskGroups().contains(group)) {
                continue;
            }
            int colon = group.indexOf(':');
            if (colon < 0) {
                continue;
            }
            for (Directory.Person person : directory.holdersOf(group.substring(0, colon), group.substring(colon + 1))) {
                if (!person.username().equals(userName)) {
                    people.putIfAbsent(person.username(), person);
                }
            }
        }
        return List.copyOf(people.values());
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (TaskNotOpenException | TaskNotYoursException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        reload();
    }

    public boolean isOverdue(OpenTask task) {
        return task.due() != null && task.due().isBefore(OffsetDateTime.now());
    }

    /** Not overdue yet, but due within {@link #SOON}. */
    public boolean isDueSoon(OpenTask task) {
        OffsetDateTime now = OffsetDateTime.now();
        return task.due() != null && !task.due().isBefore(now) && task.due().isBefore(now.plus(SOON));
    }

    /** Due before the end of today, the city's day (a deadline at midnight tonight included). */
    public boolean isDueToday(OpenTask task) {
        if (task.due() == null || isOverdue(task)) {
            return false;
        }
        var tomorrow =
                java.time.LocalDate.now(CITY).plusDays(1).atStartOfDay(CITY).toOffsetDateTime();
        return !task.due().isAfter(tomorrow);
    }

    private boolean shows(Show filter, OpenTask task) {
        return switch (filter) {
            case ALL -> true;
            case MINE -> userName.equals(task.assignee());
            case DUE_SOON -> isDueSoon(task);
            case OVERDUE -> isOverdue(task);
        };
    }

    /** How many of the caller's tasks a filter shows, whatever else is chosen: the counts on the filters. */
    public long count(String filter) {
        Show which = Show.valueOf(filter);
        return all.stream().filter(task -> shows(which, task)).count();
    }

    /** Who holds a task, by name. */
    public String nameOf(String username) {
        if (username == null) {
            return "";
        }
        try {
            return directory.fullName(username);
        } catch (RuntimeException unreachable) {
            return username;
        }
    }

    public boolean isMine(OpenTask task) {
        return userName.equals(task.assignee());
    }

    /** The kinds of step in my tasks, for the filter. */
    public List<String> getKinds() {
        return List.copyOf(new TreeSet<>(all.stream().map(OpenTask::name).toList()));
    }

    /** The directives (case references) of my tasks, for the filter. */
    public List<String> getDirectives() {
        return List.copyOf(new TreeSet<>(
                all.stream().map(OpenTask::businessKey).filter(Objects::nonNull).toList()));
    }

    public String getUserName() {
        return userName;
    }

    public List<String> getRoles() {
        return roles;
    }

    /** A position as a person reads it: the title, or the role's name where none is printed, and the unit's name. */
    public record PositionView(String role, String title, String unitName) {}

    /**
     * The positions the caller holds, by name (what the page header says instead of codes): "Văn
     * thư, Văn phòng UBND thành phố"; a unit the directory cannot name shows its code.
     */
    public List<PositionView> getPositions() {
        if (positions == null) {
            positions = caller.positions().stream()
                    .map(p -> new PositionView(p.role(), p.title(), directory.unitName(p.unit())))
                    .toList();
        }
        return positions;
    }

    private List<PositionView> positions;

    public List<String> getUnits() {
        return units;
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show == null ? Show.ALL : show;
    }

    public Show[] getShows() {
        return Show.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDirective() {
        return directive;
    }

    public void setDirective(String directive) {
        this.directive = directive;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Map<String, String> getHandTo() {
        return handTo;
    }
}
