package vn.dieuhanh.platform.boundary.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The API's downloads for people on the pages: {@code /downloads/<path>} answers as
 * {@code /api/<path>} does, signed in by the page session instead of a bearer token. A link on a
 * page cannot carry a bearer token, and {@code /api} takes nothing else (it answers 401, never a
 * sign-in page), so the auditor's exports and the refused rows of an import were links that
 * failed. The request is forwarded inside the server to the same resource, so the same role and
 * unit checks, files and refusals apply.
 *
 * <p>Only reading, and only the downloads: any other method is 405 (this servlet has no other),
 * any other path 404, so a page session (whose cookie a browser sends by itself) reaches nothing
 * else of the API this way.
 */
@WebServlet(urlPatterns = "/downloads/*")
public class PageDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What may be downloaded this way: the audit's exports and an import's refused rows. */
    static final List<String> ALLOWED = List.of("/audit/", "/measurements/imports/");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || ALLOWED.stream().noneMatch(path::startsWith)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        request.getRequestDispatcher("/api" + path + (query == null ? "" : "?" + query))
                .forward(request, response);
    }
}
