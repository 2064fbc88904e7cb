package vn.dieuhanh.directive.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.directive.boundary.LetterSignature;
import vn.dieuhanh.inbox.boundary.web.TaskPage;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * "Ký số công văn": the Chief of Office reads the final letter, types the PIN of their key and
 * confirms; the page then shows the signed PDF and its signature. Or returns it with a reason.
 */
@Named
@ViewScoped
public class SignLetterView extends TaskPage {

    private static final long serialVersionUID = 1L;

    @Size(max = 64, message = "Mã PIN tối đa 64 ký tự. / The PIN has at most 64 characters.")
    private String pin;

    @Size(max = 2000, message = "Lý do tối đa 2000 ký tự. / The reason has at most 2000 characters.")
    private String reason;

    private String letterId;
    private boolean signed;
    private List<LetterSignature> signatures = List.of();

    @Override
    protected String stepKey() {
        return "signLetter";
    }

    @Override
    protected void opened() {
        letterId = directives.letterId(getDirective().id()).orElse(null);
    }

    /** Signs with the typed PIN; the PIN is forgotten whatever happens. */
    public void sign() {
        if (pin == null || pin.isBlank()) {
            messageFor("sign:pin", "Cần nhập mã PIN để ký. / The PIN is required to sign.");
            return;
        }
        char[] chars = pin.toCharArray();
        pin = null;
        try {
            directives.sign(
                    getDirective().id(),
                    getTaskId(),
                    caller.taskGroups(),
                    new Actor(caller.name(), caller.displayName()),
                    true,
                    null,
                    chars);
            signed = true;
            signatures = directives.letterSignatures(letterId);
            message(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                    "Đã ký số công văn; văn thư sẽ cấp số và phát hành. / The letter is signed; the records office"
                            + " will number and issue it.");
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    public String sendBack() {
        if (reason == null || reason.isBlank()) {
            messageFor("sign:reason", "Cần nêu lý do khi trả lại. / A reason is required to return a document.");
            return null;
        }
        pin = null;
        try {
            directives.sign(
                    getDirective().id(),
                    getTaskId(),
                    caller.taskGroups(),
                    new Actor(caller.name(), caller.displayName()),
                    false,
                    Text.clean(reason),
                    null);
            return done("Đã trả lại công văn. / The letter was returned.");
        } catch (RuntimeException e) {
            fail(e);
            return null;
        }
    }

    @Override
    public String getDocumentId() {
        return letterId;
    }

    @Override
    public String getDocumentUrl() {
        String url = super.getDocumentUrl();
        // A new address once signed, so the frame loads the signed version rather than a cached one.
        return url == null || !signed ? url : url + "?signed";
    }

    public boolean isSigned() {
        return signed;
    }

    public List<LetterSignature> getSignatures() {
        return signatures;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
