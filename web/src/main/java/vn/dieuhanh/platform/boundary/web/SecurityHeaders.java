package vn.dieuhanh.platform.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every answer of the application: pages, API answers and errors, PDFs
 * and the error pages (mapped in web.xml for the REQUEST and ERROR dispatches, first of all
 * filters). Browsers then do not guess content types (a PDF or an upload never runs as a page),
 * send no address to other sites, refuse to show our pages in another site's frame
 * (clickjacking), run no script that is not ours or not marked with the page's nonce (an injected
 * value stays text), keep no copy of a page or an answer on disk (shared office computers), and
 * over https stay on https. Answers Liberty gives before the application is reached (the redirect
 * to the login, a refused token) get the static ones from server.xml's httpEndpoint headers.
 *
 * <p>Faces pages: PrimeFaces, in its CSP mode (primefaces.CSP in web.xml), sets a policy that is
 * only {@code script-src 'self' 'nonce-…'} and writes that nonce into its scripts. The response
 * seen by Faces is wrapped so that this header becomes our whole policy with PrimeFaces' nonce:
 * one policy, defined in {@link ContentSecurityPolicy}.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    @Inject
    @ConfigProperty(name = "dieuhanh.oidc.issuer")
    String issuer;

    private transient ContentSecurityPolicy policy;

    @Override
    public void init() throws ServletException {
        policy = ContentSecurityPolicy.forIssuer(issuer);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var headers = new Headers(policy, path, request.isSecure());
        if (!response.isCommitted()) {
            // (An error the container reports after the answer has begun keeps what was sent.)
            headers.applyTo(response);
        }
        chain.doFilter(request, new PolicyKeeping(response, headers));
    }

    /** The headers of one answer, decided by its path and whether it came over https. */
    record Headers(ContentSecurityPolicy policy, String path, boolean secure) {

        /** Faces' resources and our static files may be cached; they hold nothing of anyone's. */
        boolean cacheable() {
            return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        }

        void applyTo(HttpServletResponse response) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            if (ContentSecurityPolicy.framedPdf(path)) {
                response.setHeader(CSP, ContentSecurityPolicy.FRAMED_PDF);
                response.setHeader("X-Frame-Options", "SAMEORIGIN");
            } else {
                response.setHeader(CSP, policy.policy());
                response.setHeader("X-Frame-Options", "DENY");
            }
            if (!cacheable()) {
                response.setHeader("Cache-Control", "no-store");
            }
            if (secure) {
                // A year; no includeSubDomains: other hosts of the domain are not ours to decide.
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }
    }

    /** Turns PrimeFaces' policy into ours (keeping its nonce) and puts the headers back after a reset. */
    static final class PolicyKeeping extends HttpServletResponseWrapper {

        private final Headers headers;

        PolicyKeeping(HttpServletResponse response, Headers headers) {
            super(response);
            this.headers = headers;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, ours(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                // A second policy would be enforced too: it replaces ours instead.
                super.setHeader(name, ours(name, value));
            } else {
                super.addHeader(name, value);
            }
        }

        private String ours(String name, String value) {
            return CSP.equalsIgnoreCase(name) && !ContentSecurityPolicy.framedPdf(headers.path())
                    ? headers.policy().replacing(value)
                    : value;
        }

        @Override
        public void reset() {
            super.reset();
            headers.applyTo((HttpServletResponse) getResponse());
        }
    }
}
