package vn.dieuhanh.dispatch.boundary.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The short address printed under a document's QR code, /v/<code>, opens its verification. */
@WebServlet("/v/*")
public class ShortLinkServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!code.matches("[a-z0-9]{1,40}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(
                request.getContextPath() + "/verify.xhtml?id=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }
}
