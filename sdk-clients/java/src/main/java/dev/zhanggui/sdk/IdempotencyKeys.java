package dev.zhanggui.sdk;

import java.net.http.HttpRequest;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Gives every mutating call (POST, PUT, PATCH, DELETE) an {@code Idempotency-Key} unless the
 * caller set one (pass it in the generated methods' {@code headers} map to repeat a call on purpose).
 */
final class IdempotencyKeys implements Consumer<HttpRequest.Builder> {
    static final String HEADER = "Idempotency-Key";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final Supplier<String> keys;

    IdempotencyKeys(Supplier<String> keys) {
        this.keys = keys;
    }

    static IdempotencyKeys randomUuids() {
        return new IdempotencyKeys(() -> UUID.randomUUID().toString());
    }

    @Override
    public void accept(HttpRequest.Builder builder) {
        HttpRequest request = builder.copy().build();
        if (MUTATING.contains(request.method()) && request.headers().firstValue(HEADER).isEmpty()) {
            builder.header(HEADER, keys.get());
        }
    }
}
