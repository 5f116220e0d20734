package dev.zhanggui.graphql.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.idempotency.IdempotencyScope;
import dev.zhanggui.shared.idempotency.IdempotentExecution;
import dev.zhanggui.shared.idempotency.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs every mutation the same way: atomically, at most once per {@code idempotencyKey}, and with
 * refusals returned in the payload's {@code errors} rather than as top-level GraphQL errors.
 */
@ApplicationScoped
public class Mutations {
    @Inject
    IdempotentExecution execution;
    @Inject
    Provider<Actor> actor;
    @Inject
    ObjectMapper json;

    /**
     * @param operation the mutation's name, part of what identifies the request
     * @param input     the mutation's arguments other than the key
     * @param work      the use case, building the successful payload
     * @param refused   builds the payload of a refusal from its errors
     */
    public <P extends Payload> P run(String operation, String idempotencyKey, Object input, Class<P> type,
                                     Supplier<P> work, Function<List<UserError>, P> refused) {
        return runRefusing(operation, idempotencyKey, input, type, work, e -> refused.apply(UserError.of(e)));
    }

    /**
     * The same, for a payload whose refusal carries more than the errors (e.g. checkout's new
     * quote with {@code PRICE_CHANGED}): {@code refused} builds it from the refusal itself.
     */
    public <P extends Payload> P runRefusing(String operation, String idempotencyKey, Object input, Class<P> type,
                                             Supplier<P> work, Function<DomainException, P> refused) {
        Actor caller;
        try {
            caller = actor.get();
        } catch (DomainException e) {
            return refused.apply(e);
        }
        try {
            IdempotentExecution.Outcome outcome = execution.execute(
                    new IdempotencyScope(caller.merchant(), caller.subject()), idempotencyKey,
                    () -> IdempotentExecution.fingerprint("graphql", operation, write(input)),
                    () -> stored(work.get()), e -> stored(refused.apply(e)));
            return json.readValue(outcome.response().body(), type);
        } catch (DomainException e) {
            return refused.apply(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredResponse stored(Payload payload) {
        return new StoredResponse(200, "application/json", Map.of(), write(payload));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
