package dev.zhanggui.server.catalog.cache;

import dev.zhanggui.server.catalog.cache.CachedAnswers.Answer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache's memory and its choice of what may be kept, without a server. */
class CachedAnswersTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final CachedAnswers answers = new CachedAnswers(TimeUnit.SECONDS.toNanos(2), 4, 100, now::get);

    private static Answer answer(String body) {
        return new Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_answer_is_good_at_its_generation_and_until_max_age() {
        Answer listing = answer("{\"data\":{}}");
        answers.put("k", 7, listing);

        assertThat(answers.get("k", 7)).isSameAs(listing);
        assertThat(answers.get("other", 7)).isNull();
        now.addAndGet(TimeUnit.SECONDS.toNanos(2) - 1);
        assertThat(answers.get("k", 7)).isSameAs(listing);
        now.incrementAndGet();
        assertThat(answers.get("k", 7)).isNull();
        assertThat(answers.size()).isZero();
    }

    @Test
    void a_new_generation_drops_the_answer() {
        answers.put("k", 7, answer("{}"));
        assertThat(answers.get("k", 8)).isNull();
        assertThat(answers.get("k", 7)).as("dropped, not kept for the old generation").isNull();
    }

    @Test
    void it_stays_within_its_bound_dropping_stale_answers_first() {
        answers.put("old", 1, answer("{}"));
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        answers.put("a", 1, answer("{}"));
        answers.put("b", 1, answer("{}"));
        answers.put("c", 1, answer("{}"));
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        answers.put("d", 1, answer("{}"));

        assertThat(answers.size()).isEqualTo(4);
        assertThat(answers.get("old", 1)).isNull();
        assertThat(answers.get("d", 1)).isNotNull();
        for (int i = 0; i < 20; i++) {
            answers.put("more" + i, 1, answer("{}"));
            assertThat(answers.size()).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void it_stays_within_its_byte_budget() {
        answers.put("a", 1, answer("x".repeat(40)));
        answers.put("b", 1, answer("x".repeat(40)));
        assertThat(answers.bytes()).isEqualTo(80);
        answers.put("c", 1, answer("x".repeat(40)));
        assertThat(answers.bytes()).isLessThanOrEqualTo(100);
        assertThat(answers.get("c", 1)).isNotNull();
        assertThat(answers.size()).isEqualTo(2);
        answers.put("c", 1, answer("x".repeat(10)));
        assertThat(answers.bytes()).as("a replaced answer gives its bytes back").isEqualTo(50);

        answers.put("huge", 1, answer("x".repeat(51)));
        assertThat(answers.get("huge", 1)).as("over half the budget: not kept").isNull();

        answers.put("d", 2, answer("x".repeat(10)));
        answers.get("d", 3);
        assertThat(answers.get("d", 2)).isNull();
        assertThat(answers.bytes()).as("a dropped answer gives its bytes back").isEqualTo(50);
    }

    @Test
    void max_age_and_bound_must_be_positive() {
        assertThatThrownBy(() -> new CachedAnswers(0, 4, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CachedAnswers(1, 0, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CachedAnswers(1, 1, 0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_queries_of_public_catalog_fields_may_be_kept() {
        assertThat(StorefrontQueryCache.analyse("{ products(first: 20) { edges { node { id } } } }", null)).isTrue();
        assertThat(StorefrontQueryCache.analyse("query L { a: products { edges { node { ...F } } } categories { id } }"
                + " fragment F on Product { id }", null)).isTrue();
        assertThat(StorefrontQueryCache.analyse("{ products { edges { node { id } } } me { phone } }", null)).isFalse();
        assertThat(StorefrontQueryCache.analyse("mutation { products { id } }", null)).isFalse();
        assertThat(StorefrontQueryCache.analyse("{ ...Q } fragment Q on Query { products { edges { node { id } } } }", null))
                .as("top-level fragments are not looked into").isFalse();
        assertThat(StorefrontQueryCache.analyse("{ __schema { types { name } } }", null)).isFalse();
        assertThat(StorefrontQueryCache.analyse("{ products(", null)).isFalse();

        String two = "query A { products { edges { node { id } } } } query B { myOrders { edges { node { id } } } }";
        assertThat(StorefrontQueryCache.analyse(two, "A")).isTrue();
        assertThat(StorefrontQueryCache.analyse(two, "B")).isFalse();
        assertThat(StorefrontQueryCache.analyse(two, null)).as("which one is unclear").isFalse();
        assertThat(StorefrontQueryCache.analyse(two, "C")).isFalse();
    }
}
