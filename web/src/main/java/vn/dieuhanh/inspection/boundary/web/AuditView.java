package vn.dieuhanh.inspection.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.dieuhanh.identity.boundary.DirectoryNames;
import vn.dieuhanh.identity.boundary.web.Caller;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.inspection.boundary.AuditProblem;
import vn.dieuhanh.inspection.boundary.AuditSearch;
import vn.dieuhanh.inspection.boundary.Audits;
import vn.dieuhanh.inspection.boundary.ChainCheck;
import vn.dieuhanh.inspection.boundary.TrailEvent;
import vn.dieuhanh.inspection.boundary.Trails;
import vn.dieuhanh.platform.boundary.web.Roles;

/**
 * The audit page: search (directive, unit, person, days, kind), the trail found, the chain's
 * verification and the export links. Reads only.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 500;

    @Inject
    Audits audits;

    @Inject
    Caller caller;

    @Inject
    CallerReader reader;

    @Inject
    transient DirectoryNames directory;

    private String directive;
    private String unit;
    private String person;
    private String from;
    private String to;
    private String kind;
    private List<TrailEvent> events = List.of();
    private ChainCheck verification;
    private boolean searched;

    /** Opened with {@code ?directive=CODE}: the trail shows at once. */
    public void load() {
        if (directive != null && !directive.isBlank() && !searched) {
            search();
        }
    }

    public void search() {
        searched = true;
        try {
            events = audits.search(
                    new AuditSearch(
                            blank(directive),
                            blank(unit),
                            blank(person),
                            AuditResource.start(from),
                            AuditResource.end(to),
                            blank(kind)),
                    reader.reader(),
                    0,
                    PAGE);
        } catch (AuditProblem e) {
            events = List.of();
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    public void verify() {
        verification = audits.verify();
    }

    public boolean isAuditor() {
        return caller.hasRole(Roles.AUDITOR);
    }

    public List<String> getKinds() {
        return java.util.stream.Stream.concat(
                        java.util.Arrays.stream(vn.dieuhanh.audit.boundary.AuditKind.values())
                                .map(Enum::name),
                        Trails.ENGINE_KINDS.stream().sorted())
                .toList();
    }

    /**
     * A unit by name for the trail (the code where the directory cannot name it); read through the
     * directory's short-lived cache, so a page of hundreds of lines asks Keycloak once per unit.
     */
    public String unitName(String code) {
        return directory.unitName(code);
    }

    /** Who acted, by name; the engine's own steps (a timer, a case started) are the system's. */
    public String actorOf(TrailEvent e) {
        if (e.actorName() != null && !e.actorName().isBlank()) {
            return e.actorName();
        }
        if (e.actor() == null || "engine".equals(e.actor()) || "system".equals(e.actor())) {
            return "Hệ thống";
        }
        return directory.fullName(e.actor());
    }

    /**
     * A decision or outcome in the page's words ("DIRECTED": "Đã cho ý kiến chỉ đạo"); a value
     * with no word of its own (free text, a number) as it is. The API and the exports keep codes.
     */
    public String word(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        var bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "audit.outcome." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    public String kindLabel(String value) {
        return Trails.label(value);
    }

    /** The query string of the export links: the same criteria as the search. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        append(q, "directive", directive);
        append(q, "unit", unit);
        append(q, "person", person);
        append(q, "from", from);
        append(q, "to", to);
        append(q, "kind", kind);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getDirective() {
        return directive;
    }

    public void setDirective(String directive) {
        this.directive = directive;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<TrailEvent> getEvents() {
        return events;
    }

    public ChainCheck getVerification() {
        return verification;
    }

    public boolean isSearched() {
        return searched;
    }
}
