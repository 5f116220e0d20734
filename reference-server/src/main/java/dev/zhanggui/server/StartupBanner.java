package dev.zhanggui.server;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;

/** Tells a newcomer where everything is once the server is up. */
@ApplicationScoped
public class StartupBanner {
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;
    @ConfigProperty(name = "zhanggui.demo.enabled", defaultValue = "true")
    boolean demo;

    void print(@Observes @Priority(1000) StartupEvent startup) {
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder("\n\n  掌柜 Zhanggui is up in ")
                .append(ManagementFactory.getRuntimeMXBean().getUptime()).append(" ms\n")
                .append("    REST        ").append(base).append("/api/v1   (OpenAPI ").append(base)
                .append("/openapi, Swagger UI ").append(base).append("/swagger-ui)\n")
                .append("    GraphQL     ").append(base).append("/graphql  (GraphiQL ").append(base).append("/graphql-ui)\n")
                .append("    Health      ").append(base).append("/q/health   Metrics ").append(base).append("/q/metrics\n")
                .append("    Identity    ").append(issuer).append('\n');
        if (demo) {
            text.append("  Demo users (password demo): customers 13800000001, 13800000002; staff admin, staff (merchant demo);\n")
                    .append("    acme-admin (merchant acme); client storefront (public), integration / integration-secret\n");
        }
        System.out.println(text);
    }
}
