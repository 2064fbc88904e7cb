package vn.dieuhanh.platform.boundary.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void errorKindsByStatusAndException() {
        assertThat(ErrorPage.Kind.of(404, null)).isEqualTo(ErrorPage.Kind.NOT_FOUND);
        assertThat(ErrorPage.Kind.of(403, null)).isEqualTo(ErrorPage.Kind.FORBIDDEN);
        assertThat(ErrorPage.Kind.of(500, new IllegalStateException())).isEqualTo(ErrorPage.Kind.FAILED);
        assertThat(ErrorPage.Kind.of(
                        500,
                        new jakarta.servlet.ServletException(
                                new jakarta.faces.application.ViewExpiredException("x", "/inbox.xhtml"))))
                .isEqualTo(ErrorPage.Kind.EXPIRED);
        assertThat(ErrorPage.Kind.EXPIRED.status).as("refused, not failed").isEqualTo(400);
        assertThat(ErrorPage.Kind.of(415, null)).isEqualTo(ErrorPage.Kind.OTHER);
        assertThat(ErrorPage.escape("<a href=\"x\">&")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;");
    }
}
