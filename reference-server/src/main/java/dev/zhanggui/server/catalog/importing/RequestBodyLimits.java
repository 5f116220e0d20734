package dev.zhanggui.server.catalog.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.rest.shared.ProblemRenderer;
import dev.zhanggui.shared.ErrorCode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps request bodies at 1 MB except for product import uploads. The server-wide limit
 * ({@code quarkus.http.limits.max-body-size}) is raised to let a 20 MB spreadsheet in; this
 * filter refuses any other body over 1 MB by its declared length with 413 PAYLOAD_TOO_LARGE, as
 * before. (A chunked body without a length is bounded by the server-wide limit.)
 */
@ApplicationScoped
public class RequestBodyLimits {
    static final long ORDINARY_MAX_BYTES = 1024 * 1024;
    static final String IMPORT_PATH = "/api/v1/product-imports";

    @Inject
    ProblemRenderer problems;
    @Inject
    ObjectMapper json;

    /** Installed ahead of every other route, before any body is read. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && !rc.normalizedPath().startsWith(IMPORT_PATH) && tooLong(length)) {
            try {
                rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end(json.writeValueAsString(problems.problem(ErrorCode.PAYLOAD_TOO_LARGE,
                                "A request body may be at most 1 MB")));
            } catch (JsonProcessingException e) {
                rc.fail(413);
            }
            return;
        }
        rc.next();
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > ORDINARY_MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
