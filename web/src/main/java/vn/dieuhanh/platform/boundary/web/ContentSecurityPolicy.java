package vn.dieuhanh.platform.boundary.web;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the application, in one place. Scripts come from our origin, or
 * are inline with the page's nonce (PrimeFaces renders its scripts with one, and turns the
 * components' on* attributes into such scripts); nothing else runs, so a value that slips into a
 * page as markup cannot run as script. Styles may be inline: PrimeFaces and Chart.js set style
 * attributes. Forms post to us, or to Keycloak (its login and logout pages); no one frames our
 * pages. PDFs that our own pages show in a frame are the one exception (see {@link #framedPdf}).
 */
public record ContentSecurityPolicy(String identityOrigin) {

    /** A nonce as PrimeFaces writes it into its policy: base64 of a UUID. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,128})'");

    /** For the PDFs our pages frame (task pages, the directive's letter): framing by us only. */
    public static final String FRAMED_PDF = "frame-ancestors 'self'";

    /** The origin (scheme://host[:port]) of the identity server whose issuer URL is given. */
    public static ContentSecurityPolicy forIssuer(String issuer) {
        URI uri = URI.create(issuer.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + issuer);
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new ContentSecurityPolicy(origin);
    }

    /** The policy of a page or answer with no script nonce: scripts from our origin only. */
    public String policy() {
        return policy(null);
    }

    /** The policy with this nonce allowed for inline scripts (null: none). */
    public String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'") + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                // The task pages show a document's PDF in an <object>, the directive page in an <iframe>.
                + "object-src 'self'; "
                + "frame-src 'self'; "
                + "base-uri 'self'; "
                + "form-action 'self' " + identityOrigin + "; "
                + "frame-ancestors 'none'";
    }

    /**
     * Our policy in place of the one PrimeFaces sets on a Faces page (its own is only
     * {@code script-src 'self' 'nonce-…'}), keeping PrimeFaces' nonce. A value with no nonce
     * becomes the policy without one.
     */
    public String replacing(String primeFacesPolicy) {
        return policy(nonceIn(primeFacesPolicy).orElse(null));
    }

    static Optional<String> nonceIn(String policy) {
        if (policy == null) {
            return Optional.empty();
        }
        Matcher m = NONCE.matcher(policy);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The documents' PDFs that our pages frame: /pdf/… and the directive's letter. */
    public static boolean framedPdf(String pathInApp) {
        return pathInApp.startsWith("/pdf/") || pathInApp.equals("/documents/letter.pdf");
    }
}
