package vn.dieuhanh.platform.boundary.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import java.util.logging.Logger;

/**
 * A view state that cannot be read (forged, cut short, from another server's keys) is an expired
 * page, as an unknown one is: the person sees "Trang đã hết hạn" (ErrorPage) and nothing is done.
 * Faces itself fails such a state with whatever its decoder throws (an illegal base64
 * character…), which would otherwise be answered as a failure of ours (500).
 */
public class UnknownViewStateIsExpired extends ViewHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UnknownViewStateIsExpired.class.getName());

    public UnknownViewStateIsExpired(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        try {
            return super.restoreView(context, viewId);
        } catch (ViewExpiredException e) {
            throw e;
        } catch (RuntimeException e) {
            if (context.getExternalContext()
                    .getRequestParameterMap()
                    .containsKey(ResponseStateManager.VIEW_STATE_PARAM)) {
                // Without the cause: Faces reports the root cause, and the error page must see the
                // expiry. A forged state is worth a line in the log, not a stack trace.
                LOG.info(() -> "Unreadable view state for " + viewId + ": " + e);
                throw new ViewExpiredException("The view state cannot be read", viewId);
            }
            throw e;
        }
    }
}
