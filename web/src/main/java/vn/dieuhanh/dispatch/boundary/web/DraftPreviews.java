package vn.dieuhanh.dispatch.boundary.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * PDFs drawn only to be looked at (a draft before it is sent on), kept in the person's own
 * session for the preview frame to load; a few at most, the oldest dropped first.
 */
@SessionScoped
public class DraftPreviews implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 3;

    private final Map<String, byte[]> previews = new LinkedHashMap<>();

    /** Keeps the PDF and returns the key its address carries: /pdf/preview/&lt;key&gt;. */
    public synchronized String keep(byte[] pdf) {
        String key = UUID.randomUUID().toString();
        previews.put(key, pdf.clone());
        while (previews.size() > KEPT) {
            previews.remove(previews.keySet().iterator().next());
        }
        return key;
    }

    public synchronized byte[] get(String key) {
        byte[] pdf = previews.get(key);
        return pdf == null ? null : pdf.clone();
    }
}
