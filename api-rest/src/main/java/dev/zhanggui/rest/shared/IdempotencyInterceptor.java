package dev.zhanggui.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.idempotency.IdempotencyScope;
import dev.zhanggui.shared.idempotency.IdempotentExecution;
import dev.zhanggui.shared.idempotency.StoredResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs an {@link Idempotent} resource method through the core's {@link IdempotentExecution}: the
 * method and its stored answer commit together; a replay returns the stored answer with
 * {@code Idempotent-Replayed: true}.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
    private static final String[] KEPT_HEADERS = {HttpHeaders.LOCATION, HttpHeaders.ETAG};

    @Inject
    IdempotentExecution execution;
    @Inject
    Provider<Actor> actor;
    @Inject
    RoutingContext request;
    @Inject
    ProblemRenderer problems;
    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = request.request().getHeader(Idempotent.HEADER);
        // The caller is needed only to scope a key: a call without one (e.g. a payment gateway's
        // callback, which names no merchant) need not resolve it.
        IdempotencyScope scope = null;
        if (key != null) {
            Actor caller = actor.get();
            scope = new IdempotencyScope(caller.merchant(), caller.subject());
        }
        Supplier<String> fingerprint = () -> IdempotentExecution.fingerprint(request.request().method().name(),
                request.request().uri(), write(ctx.getParameters()));
        IdempotentExecution.Outcome outcome = execution.execute(scope, key, fingerprint,
                () -> stored(proceed(ctx)), problems::stored);
        Response response = ProblemRenderer.toResponse(outcome.response());
        if (outcome.replayed()) {
            return Response.fromResponse(response).header(Idempotent.REPLAYED, "true").build();
        }
        return response;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response proceed(InvocationContext ctx) {
        try {
            return (Response) ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredResponse stored(Response response) {
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        try {
            String body = response.getEntity() == null ? "" : json.writeValueAsString(response.getEntity());
            String type = response.getMediaType() == null ? MediaType.APPLICATION_JSON : response.getMediaType().toString();
            return new StoredResponse(response.getStatus(), type, headers, body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
