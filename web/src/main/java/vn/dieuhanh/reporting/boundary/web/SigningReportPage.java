package vn.dieuhanh.reporting.boundary.web;

import java.util.Arrays;
import vn.dieuhanh.dispatch.boundary.WrongPinException;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * A report page whose head signs with the PIN of their key ("Ký"), or returns the report with a
 * reason ("Trả lại"): the unit head's and the DIC director's. A wrong PIN is said next to the
 * PIN field and nothing is signed; the PIN is used once and never kept in the view.
 */
public abstract class SigningReportPage extends ReportingPage {

    private static final long serialVersionUID = 1L;

    private String pin;
    private String reason;

    /** The id of the page's form, whose fields "pin" and "reason" get the messages. */
    protected abstract String form();

    /** Signs (with the PIN) or returns (with the reason), in one transaction. */
    protected abstract void signOrReturn(boolean approved, String why, char[] secret);

    /** The sentence the inbox shows afterwards. */
    protected abstract String doneMessage(boolean approved);

    public String approve() {
        if (context == null) {
            return null;
        }
        if (blank(pin)) {
            messageFor(form() + ":pin", "Cần nhập mã PIN để ký. / Enter your PIN to sign.");
            return null;
        }
        return decide(true, null);
    }

    public String returnReport() {
        if (context == null) {
            return null;
        }
        if (blank(reason)) {
            messageFor(form() + ":reason", "Cần nêu lý do khi trả lại. / A reason is required to return the report.");
            return null;
        }
        return decide(false, Text.clean(reason));
    }

    private String decide(boolean approved, String why) {
        char[] secret = approved ? pin.toCharArray() : null;
        pin = null;
        try {
            signOrReturn(approved, why, secret);
            return done(doneMessage(approved));
        } catch (RuntimeException e) {
            if (cause(e) instanceof WrongPinException wrong) {
                messageFor(form() + ":pin", wrong.getMessage());
                return null;
            }
            fail(e);
            return null;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
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
