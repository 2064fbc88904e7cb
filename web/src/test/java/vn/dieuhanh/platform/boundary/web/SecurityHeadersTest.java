package vn.dieuhanh.platform.boundary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final ContentSecurityPolicy POLICY =
            ContentSecurityPolicy.forIssuer("http://localhost:8180/realms/haiphong");

    /** A response that keeps its headers, one value a name (as setHeader does), in a map. */
    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> {
                        headers.merge(
                                (String) args[0],
                                (String) args[1],
                                method.getName().equals("addHeader") ? (a, b) -> a + ", " + b : (a, b) -> b);
                        yield null;
                    }
                    case "reset" -> {
                        headers.clear();
                        yield null;
                    }
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    @Test
    void theIdentityServersOriginIsTheOneFormsMayPostToBesidesUs() {
        assertThat(POLICY.identityOrigin()).isEqualTo("http://localhost:8180");
        assertThat(ContentSecurityPolicy.forIssuer("https://id.haiphong.gov.vn/realms/haiphong")
                        .identityOrigin())
                .isEqualTo("https://id.haiphong.gov.vn");
        assertThat(POLICY.policy()).contains("form-action 'self' http://localhost:8180;");
        assertThatThrownBy(() -> ContentSecurityPolicy.forIssuer("realms/haiphong"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageGetsEveryHeaderAndNoCaching() {
        var headers = new LinkedHashMap<String, String>();
        new SecurityHeaders.Headers(POLICY, "/inbox.xhtml", false).applyTo(response(headers));

        assertThat(headers)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(headers.get("Content-Security-Policy"))
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self';")
                .doesNotContain("unsafe-eval")
                .doesNotContain("nonce");
    }

    @Test
    void overHttpsTheBrowserIsToldToStayThere() {
        var headers = new LinkedHashMap<String, String>();
        new SecurityHeaders.Headers(POLICY, "/api/tasks", true).applyTo(response(headers));
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void staticResourcesMayBeCached() {
        for (String path : new String[] {"/jakarta.faces.resource/core.js.xhtml", "/resources/css/dieuhanh.css"}) {
            var headers = new LinkedHashMap<String, String>();
            new SecurityHeaders.Headers(POLICY, path, false).applyTo(response(headers));
            assertThat(headers).as(path).doesNotContainKey("Cache-Control").containsKey("Content-Security-Policy");
        }
    }

    @Test
    void thePdfsOurPagesFrameMayBeFramedByUsOnly() {
        for (String path : new String[] {"/pdf/0b4f", "/pdf/preview/k", "/documents/letter.pdf"}) {
            var headers = new LinkedHashMap<String, String>();
            var wrapped = new SecurityHeaders.PolicyKeeping(
                    response(headers), new SecurityHeaders.Headers(POLICY, path, false));
            new SecurityHeaders.Headers(POLICY, path, false).applyTo(wrapped);
            assertThat(headers)
                    .as(path)
                    .containsEntry("Content-Security-Policy", "frame-ancestors 'self'")
                    .containsEntry("X-Frame-Options", "SAMEORIGIN")
                    .containsEntry("Cache-Control", "no-store");
        }
        var headers = new LinkedHashMap<String, String>();
        new SecurityHeaders.Headers(POLICY, "/documents/other.pdf", false).applyTo(response(headers));
        assertThat(headers).containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void primeFacesPolicyBecomesOursWithItsNonceAndStaysOne() {
        var headers = new LinkedHashMap<String, String>();
        var page = new SecurityHeaders.Headers(POLICY, "/inbox.xhtml", false);
        var response = new SecurityHeaders.PolicyKeeping(response(headers), page);
        page.applyTo(response);

        response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-ZjI1YjQ5ZTgtMWE3Ny00Zg==';");

        String csp = headers.get("Content-Security-Policy");
        assertThat(csp)
                .as("one policy, ours, with the nonce")
                .isEqualTo(POLICY.policy("ZjI1YjQ5ZTgtMWE3Ny00Zg=="))
                .contains("script-src 'self' 'nonce-ZjI1YjQ5ZTgtMWE3Ny00Zg==';")
                .contains("frame-ancestors 'none'");
        // Something quoting a nonce-like value with markup in it is not taken as a nonce.
        response.setHeader("Content-Security-Policy", "script-src 'nonce-<x>'");
        assertThat(headers.get("Content-Security-Policy")).isEqualTo(POLICY.policy());
        // Other headers pass as they are.
        response.addHeader("Vary", "Accept");
        assertThat(headers).containsEntry("Vary", "Accept");
    }

    @Test
    void aResetKeepsTheHeaders() {
        var headers = new LinkedHashMap<String, String>();
        var page = new SecurityHeaders.Headers(POLICY, "/inbox.xhtml", false);
        var response = new SecurityHeaders.PolicyKeeping(response(headers), page);
        page.applyTo(response);

        response.reset();

        assertThat(headers).containsEntry("X-Frame-Options", "DENY").containsKey("Content-Security-Policy");
    }
}
