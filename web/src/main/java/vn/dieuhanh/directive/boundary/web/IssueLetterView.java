package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.DirectiveStatus;
import vn.dieuhanh.dispatch.boundary.Documents;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.inbox.boundary.web.TaskPage;

/**
 * "Cấp số, phát hành": the records clerk sees the number and date the register will give the
 * signed letter, confirms, and sees it dispatched to every recipient (each with its own case).
 */
@Named
@ViewScoped
public class IssueLetterView extends TaskPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    Directory directory;

    private String letterId;
    private Documents.NextNumber next;
    private String issuedNumber;
    private List<Dispatch> dispatched = List.of();

    /** One recipient the letter went to, and whether its case is open. */
    public record Dispatch(String unitCode, String unitName, boolean delivered) implements Serializable {}

    @Override
    protected String stepKey() {
        return "issueLetter";
    }

    @Override
    protected void opened() {
        letterId = directives.letterId(getDirective().id()).orElse(null);
        next = directives.peekIssue(getDirective().id(), getTaskId(), caller.taskGroups());
    }

    public void issue() {
        try {
            directives.issue(
                    getDirective().id(),
                    getTaskId(),
                    caller.taskGroups(),
                    new Actor(caller.name(), caller.displayName()));
            var letter = documents.find(letterId).orElseThrow();
            issuedNumber = letter.numberLabel();
            Map<String, String> names = directory.names();
            DirectiveStatus status = directives.status(getDirective().id(), reader.reader());
            var assigned = status.units().stream()
                    .map(DirectiveStatus.UnitView::unitCode)
                    .collect(java.util.stream.Collectors.toSet());
            dispatched = status.recipients().stream()
                    .map(code -> new Dispatch(code, names.getOrDefault(code, code), assigned.contains(code)))
                    .toList();
            message(
                    FacesMessage.SEVERITY_INFO,
                    "Đã cấp số " + issuedNumber + " và phát hành đến " + dispatched.size() + " đơn vị. / Issued as no. "
                            + issuedNumber + " to " + dispatched.size() + " units.");
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public String getDocumentId() {
        return letterId;
    }

    @Override
    public String getDocumentUrl() {
        String url = super.getDocumentUrl();
        return url == null || issuedNumber == null ? url : url + "?issued";
    }

    public Documents.NextNumber getNext() {
        return next;
    }

    public String getIssuedNumber() {
        return issuedNumber;
    }

    public boolean isIssued() {
        return issuedNumber != null;
    }

    public List<Dispatch> getDispatched() {
        return dispatched;
    }
}
