package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.dispatch.boundary.web.DraftPreviews;
import vn.dieuhanh.inbox.boundary.web.TaskPage;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * "Soạn thảo công văn": the specialist writes the letter's body (paragraphs separated by an
 * empty line), previews it with the draft mark, then sends it for review. A returned draft opens
 * with the reason in the history and the earlier draft in the document panel.
 */
@Named
@ViewScoped
public class DraftLetterView extends TaskPage {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftPreviews previews;

    @NotBlank(message = "Cần nội dung công văn. / The letter's body is required.")
    @Size(max = 50 * 4000, message = "Nội dung quá dài. / The body is too long.")
    private String body;

    private String previewKey;
    private String letterId;

    @Override
    protected String stepKey() {
        return "draftLetter";
    }

    @Override
    protected void opened() {
        String id = getDirective().id();
        letterId = directives.letterId(id).orElse(null);
        body = String.join("\n\n", directives.suggestedBody(id, getTaskId(), caller.taskGroups()));
    }

    /** The paragraphs as the facade takes them: one per block of text between empty lines. */
    private List<String> paragraphs() {
        return Arrays.stream(Text.clean(body).split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private boolean checkParagraphs(List<String> paragraphs) {
        if (paragraphs.size() > 50) {
            messageFor("draft:body", "Tối đa 50 đoạn. / At most 50 paragraphs.");
            return false;
        }
        if (paragraphs.stream().anyMatch(p -> p.length() > 4000)) {
            messageFor("draft:body", "Mỗi đoạn tối đa 4000 ký tự. / A paragraph has at most 4000 characters.");
            return false;
        }
        return true;
    }

    /** Draws the letter as it would be sent, with the draft mark, without storing anything. */
    public void preview() {
        List<String> paragraphs = paragraphs();
        if (!checkParagraphs(paragraphs)) {
            return;
        }
        try {
            byte[] pdf =
                    directives.previewDraft(getDirective().id(), getTaskId(), caller.taskGroups(), actor(), paragraphs);
            previewKey = previews.keep(pdf);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** Saves the draft (a new version if it was returned) and sends it to the division head. */
    public String submit() {
        List<String> paragraphs = paragraphs();
        if (!checkParagraphs(paragraphs)) {
            return null;
        }
        try {
            directives.draft(getDirective().id(), getTaskId(), caller.taskGroups(), actor(), paragraphs);
            return done("Đã gửi dự thảo công văn để trưởng phòng xem xét. / The draft was sent for review.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    private Actor actor() {
        return caller.actor();
    }

    @Override
    public String getDocumentId() {
        return letterId;
    }

    public String getPreviewUrl() {
        return previewKey == null
                ? null
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/pdf/preview/"
                        + previewKey;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
