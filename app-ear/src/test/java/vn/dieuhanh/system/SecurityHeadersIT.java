package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dieuhanh.system.Cases.Cycle;

/**
 * What every answer carries (security headers), what the browser keeps (cookies), what a person
 * sees when something goes wrong (our error pages, never a stack trace or a server's message
 * code), and what a hostile request gets: a page through the real login, an API answer and error,
 * page errors, paths that try to climb out of the resources, a forged view state, Liberty's JWT
 * endpoint. The pages are also watched in Chromium for anything the Content-Security-Policy blocks.
 */
class SecurityHeadersIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What no page or error of ours may show: a stack trace, an exception, a server's message code. */
    private static final Pattern LEAK = Pattern.compile(
            "SRVE\\d|CWWK[A-Z]\\d|RESTEASY\\d|MYFACES|[A-Za-z](Exception|Error):|\\bat (java|jakarta|org|com|vn)\\.|Error 500|"
                    + "OpenLiberty|WebSphere|Stack trace|stacktrace",
            Pattern.CASE_INSENSITIVE);

    private static Browser session;
    /** The signed-in records clerk's cookies, as a header. */
    private static String cookies;
    /** Violations of the CSP Chromium reported, page by page. */
    private static final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void signIn() {
        awaitReady();
        session = Browser.open();
        watchPolicy(session);
        session.signIn("vanthu");
        cookies = cookieHeader();
    }

    /** Before any page's own script, records every violation of the page's policy in the window. */
    private static void watchPolicy(Browser browser) {
        ((ChromeDriver) browser.driver)
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "window.__cspViolations = [];"
                                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                                        + " window.__cspViolations.push(e.violatedDirective + ' blocked '"
                                        + " + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber"
                                        + " + ' ' + (e.sample || '')); });"));
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    private static String cookieHeader() {
        return session.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> asClerk(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Cookie", cookies)
                .GET()
                .build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The headers every answer of the application carries over plain http. */
    private static void assertCommonHeaders(HttpResponse<?> response, String what) {
        var soft = new SoftAssertions();
        soft.assertThat(header(response, "X-Content-Type-Options"))
                .as("%s: nosniff", what)
                .isEqualTo("nosniff");
        soft.assertThat(header(response, "Referrer-Policy"))
                .as("%s: referrer", what)
                .isEqualTo("same-origin");
        soft.assertThat(header(response, "X-Frame-Options"))
                .as("%s: frames", what)
                .isEqualTo("DENY");
        soft.assertThat(response.headers().allValues("Content-Security-Policy"))
                .as("%s: one policy, no framing", what)
                .hasSize(1)
                .allSatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        soft.assertThat(header(response, "Strict-Transport-Security"))
                .as("%s: HSTS only over https", what)
                .isNull();
        soft.assertAll();
    }

    private static void assertNotStored(HttpResponse<?> response, String what) {
        assertThat(header(response, "Cache-Control")).as("%s: cache", what).contains("no-store");
    }

    private static void assertNoLeak(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s: status", what).isLessThan(500);
        Matcher leak = LEAK.matcher(response.body());
        assertThat(leak.find())
                .as(
                        "%s shows no trace nor server code, but: %s",
                        what, leak.find(0) ? around(response.body(), leak) : "")
                .isFalse();
    }

    private static String around(String body, Matcher m) {
        return body.substring(Math.max(0, m.start() - 80), Math.min(body.length(), m.end() + 80));
    }

    @Test
    void aPageThroughTheRealLoginCarriesEveryHeaderAndAStrictScriptPolicy() {
        var page = asClerk("/inbox.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("inbox-title");
        assertCommonHeaders(page, "inbox page");
        assertNotStored(page, "inbox page");

        String csp = header(page, "Content-Security-Policy");
        String scripts = directive(csp, "script-src");
        assertThat(scripts)
                .as("scripts: our origin and this page's nonce only")
                .contains("'self'")
                .containsPattern("'nonce-[A-Za-z0-9+/=]+'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .doesNotContain("*");
        assertThat(csp)
                .contains("object-src 'self'")
                .contains("base-uri 'self'")
                .contains("default-src 'self'");
        assertThat(directive(csp, "form-action")).contains("'self'").contains(KEYCLOAK_URL);

        // Every inline script carries the nonce; no element carries an inline handler.
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (script.find()) {
            inline++;
            assertThat(script.group(1)).as("an inline script").contains("nonce=\"" + nonce + "\"");
        }
        assertThat(inline)
                .as("PrimeFaces' own scripts are inline, with the nonce")
                .isPositive();
        assertThat(page.body())
                .as("no inline event handler")
                .doesNotContainPattern(
                        "(?i)<[a-z][^>]*\\son(click|change|submit|load|input|keyup|keydown|blur|focus)=");
    }

    @Test
    void thePagesRunUnderTheirPolicyWithNothingBlocked() {
        // A directive with its case, for the diagram (bpmn-js) as the auditor sees it.
        String code = "CSP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        issuedDirective(code, List.of("SO-CT"), Cycle.monthly(OffsetDateTime.now(ZONE), 3));
        Browser auditor = Browser.open();
        try {
            watchPolicy(auditor);
            auditor.signIn("thanhtra");
            collect(auditor, "inbox (auditor)");
            auditor.driver.get(BASE_URL + "/audit-diagram.xhtml?directive=" + code);
            auditor.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-element-id=reviewDraft]")));
            collect(auditor, "diagram");
            auditor.driver.get(BASE_URL + "/audit.xhtml?directive=" + code);
            auditor.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trail")));
            collect(auditor, "audit trail");
        } finally {
            auditor.close();
        }
        // The clerk's inbox, a click that goes through PrimeFaces' ajax, and the registration page.
        session.driver.get(BASE_URL + "/inbox.xhtml");
        session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-title")));
        collect(session, "inbox (clerk)");
        session.driver.get(BASE_URL + "/verify.xhtml");
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("form")));
        collect(session, "verify");

        assertThat(violations).as("what the policy blocked").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Browser browser, String page) {
        Object found = browser.script("return window.__cspViolations || [];");
        ((List<Object>) found).forEach(v -> violations.add(page + ": " + v));
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return "";
    }

    @Test
    void anApiAnswerAndAnApiErrorCarryTheHeadersAndStayJson() {
        var answer = get("/api/tasks", tokenOf("vanthu"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertCommonHeaders(answer, "API answer");
        assertNotStored(answer, "API answer");

        var missing = get("/api/directives/" + UUID.randomUUID(), tokenOf("vanthu"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Content-Type")).startsWith("application/json");
        assertThat(object(missing).getInt("status")).isEqualTo(404);
        assertCommonHeaders(missing, "API error");
        assertNotStored(missing, "API error");

        var unknown = get("/api/no-such-resource", tokenOf("vanthu"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(header(unknown, "Content-Type")).as(unknown.body()).startsWith("application/json");
        assertThat(object(unknown).getInt("status")).isEqualTo(404);
        assertThat(object(unknown).getString("message")).isNotBlank();
        assertNoLeak(unknown, "unknown API path");
        assertCommonHeaders(unknown, "unknown API path");

        var wrongMethod = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/tasks"))
                .header("Authorization", "Bearer " + tokenOf("vanthu"))
                .DELETE()
                .build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(header(wrongMethod, "Content-Type")).startsWith("application/json");
        assertNoLeak(wrongMethod, "wrong API method");
    }

    @Test
    void pageErrorsAreOurStyledPagesInVietnameseThenEnglish() {
        var notFound = asClerk("/no-such-page.xhtml");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body())
                .contains("Không tìm thấy trang")
                .contains("Page not found")
                .contains("dieuhanh.css");
        assertNoLeak(notFound, "404 page");
        assertCommonHeaders(notFound, "404 page");
        assertNotStored(notFound, "404 page");

        var notAPage = asClerk("/no-such-file.txt");
        assertThat(notAPage.statusCode()).isEqualTo(404);
        assertThat(notAPage.body()).contains("Không tìm thấy trang");
        assertCommonHeaders(notAPage, "404 outside Faces");

        // The org chart is for administrators; the records clerk is refused.
        var forbidden = asClerk("/orgchart.xhtml");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền").contains("not allowed");
        assertNoLeak(forbidden, "403 page");
        assertCommonHeaders(forbidden, "403 page");

        var wrongMethod = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/logout"))
                .header("Cookie", cookies)
                .DELETE()
                .build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertNoLeak(wrongMethod, "405 page");
        assertThat(wrongMethod.body())
                .contains("Thao tác không dùng được ở đây")
                .contains("not allowed here");
    }

    @Test
    void hostileRequestsGetNoServerErrorAndNoTrace() {
        List<String> paths = List.of(
                "/resources/%2e%2e/WEB-INF/web.xml",
                "/resources/..%2fWEB-INF%2fweb.xml",
                "/jakarta.faces.resource/..%2f..%2fWEB-INF%2fweb.xml",
                "/jakarta.faces.resource/..%2f..%2fWEB-INF%2fweb.xml.xhtml",
                "/jakarta.faces.resource/%2e%2e/WEB-INF/web.xml.xhtml?ln=..",
                "/jakarta.faces.resource/core.js.xhtml?ln=../../WEB-INF",
                "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF",
                "/metrics",
                "/metrics/base",
                "/inbox.xhtml?jakarta.faces.ViewState=%00",
                "/%c0%ae%c0%ae/WEB-INF/web.xml",
                "/pdf/..%2f..%2fWEB-INF%2fweb.xml",
                "/pdf/not-a-document",
                "/evidence/%2e%2e%2fx",
                "/directive.xhtml?code=%3Cscript%3Ealert(1)%3C/script%3E",
                "/api/directives/%2e%2e%2f%2e%2e",
                "/ibm/api/");
        var soft = new SoftAssertions();
        for (String path : paths) {
            for (boolean signedIn : new boolean[] {true, false}) {
                var builder =
                        HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET();
                if (signedIn) {
                    builder.header("Cookie", cookies);
                }
                var response = send(builder.build());
                String what = path + (signedIn ? " (signed in)" : " (anonymous)");
                soft.assertThat(response.statusCode()).as("%s: status", what).isLessThan(500);
                Matcher leak = LEAK.matcher(response.body());
                soft.assertThat(leak.find() ? around(response.body(), leak) : "")
                        .as("%s shows no trace nor server code", what)
                        .isEmpty();
                soft.assertThat(response.body()).as("%s: not the file", what).doesNotContain("<web-app");
                soft.assertThat(header(response, "X-Content-Type-Options"))
                        .as("%s: nosniff", what)
                        .isEqualTo("nosniff");
            }
        }
        soft.assertAll();
    }

    @Test
    void aForgedViewStateShowsTheExpiredPage() {
        String form = "inbox=inbox&jakarta.faces.ViewState=" + enc("forged-" + UUID.randomUUID());
        var forged = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/inbox.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(forged.statusCode())
                .as("neither a server error nor the login")
                .isNotIn(500, 302);
        assertThat(forged.body())
                .contains("Trang đã hết hạn")
                .contains("This page has expired")
                .contains("dieuhanh.css");
        assertNoLeak(forged, "expired page");
        assertCommonHeaders(forged, "expired page");

        // An ajax post gets a partial answer PrimeFaces can act on, not a trace either.
        var ajax = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/inbox.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(
                        form + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=inbox"))
                .build());
        assertNoLeak(ajax, "forged ajax post");
    }

    @Test
    void libertysJwtEndpointMintsNoTokenForASignedInPerson() {
        String endpoint = BASE_URL + "/jwt/ibm/api/defaultJWT/token";
        // Liberty's sign-in cookie after the OpenID Connect login: WAS_<hash> (or LtpaToken2).
        String signIn = session.driver.manage().getCookies().stream()
                .filter(c -> c.getName().startsWith("WAS_") || c.getName().startsWith("LtpaToken"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String others = session.driver.manage().getCookies().stream()
                .filter(c -> !c.getName().startsWith("WAS_") && !c.getName().startsWith("LtpaToken"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        // Liberty's endpoint wants https, or a proxy's word that it was: both are sent as a proxy would.
        Map<String, String[]> attempts = new java.util.LinkedHashMap<>();
        attempts.put("a Keycloak bearer token", new String[] {"Authorization", "Bearer " + tokenOf("vanthu")});
        attempts.put("the browser's cookies", new String[] {"Cookie", cookies});
        attempts.put("the sign-in cookie alone", new String[] {"Cookie", signIn.isEmpty() ? "none=0" : signIn});
        attempts.put("the other cookies", new String[] {"Cookie", others});
        var soft = new SoftAssertions();
        attempts.forEach((what, header) -> {
            var response = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header(header[0], header[1])
                    .header("X-Forwarded-Proto", "https")
                    .GET()
                    .build());
            System.out.println("JWT endpoint with " + what + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(120, response.body().length())));
            soft.assertThat(response.body())
                    .as("no token minted with %s", what)
                    .doesNotContain("\"token\"")
                    .doesNotContain("eyJ");
            soft.assertThat(response.statusCode()).as("with %s", what).isLessThan(500);
        });
        soft.assertAll();
        // Liberty's own application answers there (with its own error text): no server error either.
        assertThat(get("/jwt/ibm/api/nobody/jwk", null).statusCode()).isLessThan(500);
    }

    @Test
    void theCookiesOfTheApplicationAreHttpOnlyAndSameSiteLax() {
        List<Cookie> kept = session.driver.manage().getCookies().stream().toList();
        assertThat(kept).extracting(Cookie::getName).contains("JSESSIONID");
        System.out.println("Cookies kept for the application: "
                + kept.stream()
                        .map(c -> c.getName() + " (" + c.getSameSite() + ")")
                        .toList());
        var soft = new SoftAssertions();
        for (Cookie cookie : kept) {
            soft.assertThat(cookie.isHttpOnly())
                    .as("%s is HttpOnly", cookie.getName())
                    .isTrue();
            // MyFaces' flash cookie is Strict: stricter still, and only a redirect of ours reads it.
            soft.assertThat(cookie.getSameSite())
                    .as("%s is SameSite=Lax (or Strict)", cookie.getName())
                    .isIn("Lax", "Strict");
            soft.assertThat(cookie.getName().equals("JSESSIONID") && !"Lax".equals(cookie.getSameSite()))
                    .as("the session cookie is Lax")
                    .isFalse();
        }
        soft.assertAll();

        // The cookies set on the way to the login, read from the answer itself.
        var toLogin = get("/inbox.xhtml", null);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        List<String> set = toLogin.headers().allValues("Set-Cookie");
        assertThat(set).isNotEmpty();
        assertThat(set)
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(header(toLogin, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void overHttpsTheBrowserIsToldToStayOnHttps() throws Exception {
        String httpsUrl = System.getProperty("it.https.url");
        org.junit.jupiter.api.Assumptions.assumeTrue(httpsUrl != null, "no https port given");
        var trustAll = new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {}

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        };
        var tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {trustAll}, null);
        // The test server's certificate is Liberty's own, for "localhost": trusted here, for this test only.
        var client = java.net.http.HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var answer = client.send(
                HttpRequest.newBuilder(URI.create(httpsUrl + "/api/tasks"))
                        .header("Authorization", "Bearer " + tokenOf("vanthu"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Strict-Transport-Security")).startsWith("max-age=");
        assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
