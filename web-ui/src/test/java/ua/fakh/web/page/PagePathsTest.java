package ua.fakh.web.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PagePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/profile", "/admin/users?q=x&page=2", "/signin?next=/profile"})
    void localPathsAreKept(String next) {
        assertThat(PagePaths.localOrHome(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example", "/\\evil.example", "https://evil.example/", "evil", "/a\r\nSet-Cookie: x=y", "/\\\\x"})
    void anythingElseGoesHome(String next) {
        assertThat(PagePaths.localOrHome(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/users", "/login", "/logout", "/oauth/access_token", "/health", "/swagger/fakh.yml",
            "/swagger-ui/index.html", "/.well-known/x", "/static/fakh.css", "/webjars/htmx.org/x.js",
            "/assets/fakh.0123456789.css", "/favicon.ico"})
    void apiAndInfrastructureAreNotPages(String path) {
        assertThat(PagePaths.isPage(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/signin", "/admin/organizations", "/lang/en", "/api-docs"})
    void theRestArePages(String path) {
        assertThat(PagePaths.isPage(path)).isTrue();
    }
}
