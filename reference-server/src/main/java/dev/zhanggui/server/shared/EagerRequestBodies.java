package dev.zhanggui.server.shared;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;

/**
 * Reads the small request bodies of the REST API on the event loop before the resource runs.
 *
 * <p>Our resources are blocking (they talk JDBC), and for a blocking resource Quarkus REST hands the
 * body over from the event loop to the worker thread chunk by chunk through a shared monitor, which
 * under load the two threads fight over: about a seventh of the server's CPU samples in the checkout
 * benchmark. A body read here is handed over whole ({@code RoutingContext.body()}), which the REST
 * layer then reads from memory.
 *
 * <p>Only bodies that declare their length and are at most 1 MB (longer ones {@link
 * dev.zhanggui.server.catalog.importing.RequestBodyLimits} refuses) and are not forms: product
 * import uploads, forms, chunked bodies and HTTP/2 requests stream as before.
 */
@ApplicationScoped
public class EagerRequestBodies {
    private static final long MOST_BYTES = 1024 * 1024;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final BodyHandler bodies = BodyHandler.create(false).setBodyLimit(MOST_BYTES);

    /** After the body limits, before authentication and the REST layer. */
    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::read);
    }

    void read(RoutingContext rc) {
        if (eager(rc)) {
            bodies.handle(rc);
        } else {
            rc.next();
        }
    }

    private static boolean eager(RoutingContext rc) {
        // Over HTTP/2 the REST layer pauses the request stream, which fails once it has ended.
        if (rc.request().version() == HttpVersion.HTTP_2 || !WITH_BODY.contains(rc.request().method())) {
            return false;
        }
        String type = rc.request().getHeader("Content-Type");
        if (type != null && (type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33))) {
            return false; // forms are the REST layer's to decode
        }
        String length = rc.request().getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            long declared = Long.parseLong(length.strip());
            return declared > 0 && declared <= MOST_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
