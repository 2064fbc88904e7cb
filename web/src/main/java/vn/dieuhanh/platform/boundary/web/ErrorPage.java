package vn.dieuhanh.platform.boundary.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * What a person sees when a page fails: our own page in Vietnamese with the English below, in the
 * application's look, for every error web.xml sends here (400, 403, 404, 405, an expired page, any
 * exception). Never the server's page: no stack trace, no framework's message code, no server
 * name. A plain servlet, not a Faces page: it must work when Faces itself is what failed, and it
 * has no script. Errors of /api/ paths that reach it (the container's, not our resources') get the
 * API's JSON problem body instead.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Which message of the bundles a status or exception gets. */
    enum Kind {
        BAD_REQUEST("400", 400),
        FORBIDDEN("403", 403),
        NOT_FOUND("404", 404),
        METHOD("405", 405),
        // A view state the server does not know (a page open too long, or a forged post): the
        // request is refused, not a failure of ours.
        EXPIRED("expired", 400),
        FAILED("500", 500),
        // Any other refusal keeps its status (413, 415, …) with a general sentence.
        OTHER("other", 0);

        final String key;
        final int status;

        Kind(String key, int status) {
            this.key = key;
            this.status = status;
        }

        static Kind of(int status, Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return EXPIRED;
                }
            }
            if (status < 400 || status >= 500) {
                return FAILED;
            }
            // The container's refusal of a request (a badly encoded address: 400) keeps its status
            // even when it comes with an exception.
            return switch (status) {
                case 400 -> BAD_REQUEST;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 405 -> METHOD;
                default -> OTHER;
            };
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i
                ? i
                : exception != null ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : HttpServletResponse.SC_NOT_FOUND;
        Kind kind = Kind.of(status, exception);
        int answered = kind == Kind.OTHER ? status : kind.status;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String s
                ? s
                : request.getRequestURI();
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(answered);
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            api(response, answered);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            ajax(response, kind, uri);
        } else {
            page(request, response, kind, answered);
        }
    }

    /** The API's problem body, as its exception mappers write it. */
    private static void api(HttpServletResponse response, int status) throws IOException {
        Response.Status known = Response.Status.fromStatusCode(status);
        String message = ProblemMappers.Http.sentenceFor(known == null ? Response.Status.BAD_REQUEST : known);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", status)
                        .add("message", message)
                        .add("fields", Json.createArrayBuilder())
                        .build()
                        .toString());
    }

    /**
     * An ajax request of a page: a partial answer Faces' script understands. An expired page is
     * opened again; any other failure is reported in the page's own words.
     */
    private static void ajax(HttpServletResponse response, Kind kind, String uri) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml;charset=UTF-8");
        String body = kind == Kind.EXPIRED
                ? "<redirect url=\"" + escape(uri) + "\"/>"
                : "<error><error-name>" + kind.key + "</error-name><error-message>"
                        + escape(text(VI, "error." + kind.key + ".title") + " / "
                                + text(EN, "error." + kind.key + ".title"))
                        + "</error-message></error>";
        response.getWriter()
                .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>" + body + "</partial-response>");
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("vn.dieuhanh.web.messages", locale).getString(key);
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, Kind kind, int status)
            throws IOException {
        String title = "error." + kind.key + ".title";
        String text = "error." + kind.key + ".text";
        String context = request.getContextPath();
        String when = ZonedDateTime.now(CityTime.ZONE).format(WHEN);
        response.setContentType("text/html;charset=UTF-8");
        // The stylesheet through Faces' resource path: public, unlike /resources/ (signed-in only).
        response.getWriter()
                .write(
                        """
                        <!DOCTYPE html>
                        <html lang="vi">
                        <head>
                        <meta charset="UTF-8"/>
                        <meta name="viewport" content="width=device-width, initial-scale=1"/>
                        <title>%1$s · %2$s</title>
                        <link rel="stylesheet" href="%3$s/jakarta.faces.resource/css/dieuhanh.css.xhtml"/>
                        <link rel="icon" type="image/svg+xml" href="%3$s/jakarta.faces.resource/favicon.svg.xhtml"/>
                        </head>
                        <body>
                        <header class="dh-header" role="banner">
                          <div class="dh-brand">
                            <span class="dh-org">%4$s</span>
                            <span class="dh-app">%2$s</span>
                          </div>
                          <nav class="dh-nav" aria-label="%2$s"><a href="%3$s/inbox.xhtml">%5$s</a></nav>
                        </header>
                        <main class="dh-main dh-error-page" role="main">
                          <h1 id="error-title">%1$s</h1>
                          <p lang="en" class="dh-error-en" id="error-title-en">%6$s</p>
                          <p id="error-text">%7$s</p>
                          <p lang="en" class="dh-error-en">%8$s</p>
                          <p class="dh-muted" id="error-code">%9$s: %10$d · %11$s</p>
                          <p><a id="error-back" href="%3$s/inbox.xhtml">%12$s</a></p>
                        </main>
                        </body>
                        </html>
                        """
                                .formatted(
                                        escape(text(VI, title)),
                                        escape(text(VI, "app.name")),
                                        escape(context),
                                        escape(text(VI, "app.organisation")),
                                        escape(text(VI, "nav.inbox")),
                                        escape(text(EN, title)),
                                        escape(text(VI, text)),
                                        escape(text(EN, text)),
                                        escape(text(VI, "error.code") + " / " + text(EN, "error.code")),
                                        status,
                                        when,
                                        escape(text(VI, "error.back") + " / " + text(EN, "error.back"))));
    }

    static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
