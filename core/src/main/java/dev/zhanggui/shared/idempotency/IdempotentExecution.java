package dev.zhanggui.shared.idempotency;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Transactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a mutating request at most once per idempotency key: the first request runs and its
 * response is stored in the same unit of work as its changes; a replay gets that response back;
 * the same key with a different request is refused ({@code IDEMPOTENCY_KEY_REUSED}); the same key
 * while the first is still running is refused ({@code IDEMPOTENCY_KEY_IN_PROGRESS}).
 *
 * <p>Expected refusals ({@link DomainException}) are stored too, so a replay is refused the same
 * way, except a lost optimistic-locking race, which a retry may win. Unexpected failures release
 * the key. Call it outside any unit of work: the claim must be committed before the work starts.
 */
public final class IdempotentExecution {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** A request still marked running after this long is taken to have died with its server. */
    public static final Duration ABANDON_AFTER = Duration.ofMinutes(2);

    private final IdempotencyStore store;
    private final Transactions transactions;
    private final Clock clock;

    public IdempotentExecution(IdempotencyStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The response, and whether it is a replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    /**
     * @param key         the client's key, or null to run without idempotency (still atomically)
     * @param fingerprint what identifies the request (see {@link #fingerprint}); computed only when
     *                    a key is given, since it serializes the whole request
     * @param work        the use case, rendering its result; runs inside a unit of work
     * @param refusal     renders an expected refusal as the transport would answer it
     */
    public Outcome execute(IdempotencyScope scope, String key, Supplier<String> fingerprint,
                           Supplier<StoredResponse> work, Function<DomainException, StoredResponse> refusal) {
        if (key == null) {
            try {
                return new Outcome(transactions.inTransaction(work), false);
            } catch (DomainException e) {
                return new Outcome(refusal.apply(e), false);
            }
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalidField("idempotencyKey", ErrorCode.IDEMPOTENCY_KEY_INVALID);
        }
        IdempotencyClaim claim = transactions.inTransaction(
                () -> store.claim(scope, key, fingerprint.get(), clock.instant(), ABANDON_AFTER));
        return switch (claim) {
            case IdempotencyClaim.Completed completed -> new Outcome(completed.response(), true);
            case IdempotencyClaim.InProgress ignored -> throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS);
            case IdempotencyClaim.Mismatch ignored -> throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
            case IdempotencyClaim.Claimed ignored -> new Outcome(runClaimed(scope, key, work, refusal), false);
        };
    }

    private StoredResponse runClaimed(IdempotencyScope scope, String key, Supplier<StoredResponse> work,
                                      Function<DomainException, StoredResponse> refusal) {
        try {
            return transactions.inTransaction(() -> {
                StoredResponse response = work.get();
                store.complete(scope, key, response, clock.instant());
                return response;
            });
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VERSION_CONFLICT) {
                transactions.run(() -> store.release(scope, key));
                throw e;
            }
            StoredResponse response = refusal.apply(e);
            transactions.run(() -> store.complete(scope, key, response, clock.instant()));
            return response;
        } catch (RuntimeException | Error e) {
            transactions.run(() -> store.release(scope, key));
            throw e;
        }
    }

    /** SHA-256 over the parts that identify a request (operation, target, canonical body). */
    public static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
