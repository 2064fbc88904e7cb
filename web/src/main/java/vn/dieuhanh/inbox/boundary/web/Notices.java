package vn.dieuhanh.inbox.boundary.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The sentence an action ends with ("Đã ký và gửi báo cáo kỳ…"), kept for the inbox the person
 * is sent to next. Faces' flash would carry it through the redirect by a cookie token, and any
 * other Faces request of the same browser in between takes the token's messages with it: the
 * browser tests saw the inbox come without its sentence after a report was sent. The session
 * keeps what was said until the inbox has shown it, once.
 */
@Named
@SessionScoped
public class Notices implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Queue<FacesMessage> pending = new ConcurrentLinkedQueue<>();

    /** Keeps the sentence for the next inbox page. */
    public void add(FacesMessage message) {
        pending.add(message);
    }

    /** The inbox's view action: what is pending becomes a message of this page and is gone. */
    public void show() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FacesMessage message; (message = pending.poll()) != null; ) {
            faces.addMessage(null, message);
        }
    }
}
