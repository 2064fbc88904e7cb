package vn.dieuhanh.health.boundary.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.dieuhanh.engine.boundary.Workflow;

/** {@code /health/ready} is UP only when the database, the engine and Keycloak all answer. */
@ApplicationScoped
public class ReadinessChecks {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Resource(lookup = "jdbc/dieuhanh")
    DataSource dataSource;

    @Inject
    Workflow workflow;

    @Inject
    @ConfigProperty(name = "dieuhanh.oidc.issuer")
    String issuer;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Produces
    @Readiness
    HealthCheck database() {
        return check("database", () -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid((int) TIMEOUT.toSeconds());
            }
        });
    }

    @Produces
    @Readiness
    HealthCheck engine() {
        return check("engine", workflow::isRunning);
    }

    @Produces
    @Readiness
    HealthCheck keycloak() {
        return check("keycloak", () -> {
            var request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    @FunctionalInterface
    interface Probe {
        boolean up() throws Exception;
    }

    private static HealthCheck check(String name, Probe probe) {
        return () -> {
            try {
                return HealthCheckResponse.named(name).status(probe.up()).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HealthCheckResponse.named(name)
                        .down()
                        .withData("error", e.toString())
                        .build();
            } catch (Exception e) {
                return HealthCheckResponse.named(name)
                        .down()
                        .withData("error", e.toString())
                        .build();
            }
        };
    }
}
