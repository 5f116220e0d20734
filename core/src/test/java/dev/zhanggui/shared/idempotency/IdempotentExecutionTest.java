package dev.zhanggui.shared.idempotency;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.inmemory.InMemoryIdempotencyStore;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentExecutionTest {
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final IdempotentExecution execution = new IdempotentExecution(store, new InMemoryTransactions(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final IdempotencyScope alice = new IdempotencyScope(MerchantId.of("demo"), "alice");
    private final AtomicInteger runs = new AtomicInteger();

    private StoredResponse work() {
        return new StoredResponse(201, "application/json", Map.of("Location", "/x/" + runs.incrementAndGet()), "{\"n\":" + runs.get() + "}");
    }

    private static StoredResponse refusal(DomainException e) {
        return new StoredResponse(400, "application/problem+json", Map.of(), e.code().name());
    }

    @Test
    void a_replay_returns_the_first_response_without_running_again() {
        var first = execution.execute(alice, "k1", () -> "fp", this::work, IdempotentExecutionTest::refusal);
        var replay = execution.execute(alice, "k1", () -> "fp", this::work, IdempotentExecutionTest::refusal);

        assertThat(first.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.response()).isEqualTo(first.response());
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_same_key_for_another_request_is_refused() {
        execution.execute(alice, "k1", () -> "fp", this::work, IdempotentExecutionTest::refusal);
        assertThatThrownBy(() -> execution.execute(alice, "k1", () -> "other", this::work, IdempotentExecutionTest::refusal))
                .extracting("code").isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void keys_belong_to_one_principal() {
        execution.execute(alice, "k1", () -> "fp", this::work, IdempotentExecutionTest::refusal);
        var bob = execution.execute(new IdempotencyScope(MerchantId.of("demo"), "bob"), "k1", () -> "fp", this::work,
                IdempotentExecutionTest::refusal);
        assertThat(bob.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_refusal_is_remembered_and_replayed() {
        var first = execution.execute(alice, "k2", () -> "fp", () -> {
            runs.incrementAndGet();
            throw new DomainException(ErrorCode.CUSTOMER_PHONE_INVALID);
        }, IdempotentExecutionTest::refusal);
        var replay = execution.execute(alice, "k2", () -> "fp", this::work, IdempotentExecutionTest::refusal);

        assertThat(first.response().status()).isEqualTo(400);
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.response().body()).isEqualTo("CUSTOMER_PHONE_INVALID");
        assertThat(runs).hasValue(1);
    }

    @Test
    void an_unexpected_failure_releases_the_key_for_a_retry() {
        assertThatThrownBy(() -> execution.execute(alice, "k3", () -> "fp", () -> {
            throw new IllegalStateException("database went away");
        }, IdempotentExecutionTest::refusal)).isInstanceOf(IllegalStateException.class);

        assertThat(execution.execute(alice, "k3", () -> "fp", this::work, IdempotentExecutionTest::refusal).replayed()).isFalse();
    }

    @Test
    void a_request_still_running_blocks_the_same_key_until_it_is_abandoned() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(store.claim(alice, "k4", "fp", now, IdempotentExecution.ABANDON_AFTER))
                .isInstanceOf(IdempotencyClaim.Claimed.class);

        assertThatThrownBy(() -> execution.execute(alice, "k4", () -> "fp", this::work, IdempotentExecutionTest::refusal))
                .extracting("code").isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS);
        assertThat(store.claim(alice, "k4", "fp", now.plus(Duration.ofMinutes(3)), IdempotentExecution.ABANDON_AFTER))
                .as("its server died: the key can be taken over").isInstanceOf(IdempotencyClaim.Claimed.class);
    }

    @Test
    void keys_must_be_short_and_visible() {
        for (String bad : new String[]{"", "with space", "x".repeat(256), "中文"}) {
            assertThatThrownBy(() -> execution.execute(alice, bad, () -> "fp", this::work, IdempotentExecutionTest::refusal))
                    .as(bad).extracting("code").isEqualTo(ErrorCode.IDEMPOTENCY_KEY_INVALID);
        }
    }

    @Test
    void without_a_key_the_work_simply_runs() {
        execution.execute(alice, null, () -> "fp", this::work, IdempotentExecutionTest::refusal);
        execution.execute(alice, null, () -> "fp", this::work, IdempotentExecutionTest::refusal);
        assertThat(runs).hasValue(2);
    }

    @Test
    void fingerprints_tell_requests_apart() {
        assertThat(IdempotentExecution.fingerprint("POST", "/a", "{}"))
                .isEqualTo(IdempotentExecution.fingerprint("POST", "/a", "{}"))
                .isNotEqualTo(IdempotentExecution.fingerprint("POST", "/a{}", ""))
                .hasSize(64);
    }
}
