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
 * Runs a mutating request at most once per idempotency key: the key is claimed, the request runs
 * and its response is stored, all in one unit of work with its changes; a replay gets that response
 * back; the same key with a different request is refused ({@code IDEMPOTENCY_KEY_REUSED}). A store
 * with a unique key (PostgreSQL) makes a second request with the key wait for the first one's unit
 * of work and then answers it with the first one's response; a claim left by a request still running
 * elsewhere is refused ({@code IDEMPOTENCY_KEY_IN_PROGRESS}) until it is abandoned.
 *
 * <p>Expected refusals ({@link DomainException}) are stored too, so a replay is refused the same
 * way, except a lost optimistic-locking race, which a retry may win. Unexpected failures release
 * the key. Call it outside any unit of work: a refusal is stored in a unit of work of its own, after
 * the request's has rolled back.
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
        String print = fingerprint.get();
        Run run;
        try {
            run = transactions.inTransaction(() -> {
                IdempotencyClaim claim = store.claim(scope, key, print, clock.instant(), ABANDON_AFTER);
                if (!(claim instanceof IdempotencyClaim.Claimed)) {
                    return new Run(claim, null);
                }
                StoredResponse response = work.get();
                store.complete(scope, key, response, clock.instant());
                return new Run(claim, response);
            });
        } catch (DomainException e) {
            // The unit of work rolled back, the claim with it; a store without units of work (in
            // memory) forgets it here. A lost optimistic-locking race is not kept: a retry may win.
            if (e.code() == ErrorCode.VERSION_CONFLICT) {
                transactions.run(() -> store.release(scope, key));
                throw e;
            }
            StoredResponse refused = refusal.apply(e);
            return outcome(transactions.inTransaction(() -> {
                store.release(scope, key);
                IdempotencyClaim claim = store.claim(scope, key, print, clock.instant(), ABANDON_AFTER);
                if (claim instanceof IdempotencyClaim.Claimed) {
                    store.complete(scope, key, refused, clock.instant());
                    return new Run(claim, refused);
                }
                return new Run(claim, null); // a retry meanwhile ran to its end: its answer stands
            }));
        } catch (RuntimeException | Error e) {
            transactions.run(() -> store.release(scope, key));
            throw e;
        }
        return outcome(run);
    }

    /** What the claim found, and the response of the request if it ran. */
    private record Run(IdempotencyClaim claim, StoredResponse response) {
    }

    private static Outcome outcome(Run run) {
        return switch (run.claim()) {
            case IdempotencyClaim.Completed completed -> new Outcome(completed.response(), true);
            case IdempotencyClaim.InProgress ignored -> throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS);
            case IdempotencyClaim.Mismatch ignored -> throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
            case IdempotencyClaim.Claimed ignored -> new Outcome(run.response(), false);
        };
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
