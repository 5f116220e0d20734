package dev.zhanggui.server.catalog.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.rest.shared.ProblemRenderer;
import dev.zhanggui.shared.ErrorCode;
import io.vertx.core.http.HttpServerRequest;
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
    /** What is read and discarded of a refused body at most: the server-wide limit. */
    static final long DRAIN_MAX_BYTES = 21L * 1024 * 1024;

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
            refuse(rc);
            return;
        }
        rc.next();
    }

    /**
     * Answers 413 once the body has arrived, read and thrown away: a client still sending when
     * the answer comes would see its connection break instead of the answer. A client that waits
     * for {@code 100-continue} gets the answer at once; one that sends more than the server-wide
     * limit is cut off.
     */
    private void refuse(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            answer(rc, true);
            return;
        }
        long[] received = {0};
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] > DRAIN_MAX_BYTES && !rc.response().ended()) {
                answer(rc, true);
                request.connection().close();
            }
        });
        request.endHandler(done -> {
            if (!rc.response().ended()) {
                answer(rc, false);
            }
        });
        request.exceptionHandler(failure -> { });
        request.resume();
    }

    private void answer(RoutingContext rc, boolean close) {
        try {
            rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json");
            if (close) {
                rc.response().putHeader("Connection", "close");
            }
            rc.response().end(json.writeValueAsString(problems.problem(ErrorCode.PAYLOAD_TOO_LARGE,
                    "A request body may be at most 1 MB")));
        } catch (JsonProcessingException e) {
            rc.fail(413);
        }
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > ORDINARY_MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
