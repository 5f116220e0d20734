package dev.zhanggui.server.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the real PostgreSQL and Keycloak for every {@code @QuarkusTest} of the run, so that
 * all test classes share one application start.
 */
@QuarkusTestResource(value = ZhangguiTestServices.class, restrictToAnnotatedClass = false)
public final class TestServicesRegistration {
    private TestServicesRegistration() {
    }
}
