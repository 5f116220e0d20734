package dev.zhanggui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static List<BigDecimal> weights(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    private static List<Money> money(String... values) {
        return Stream.of(values).map(Money::of).toList();
    }

    @Test
    void splits_one_hundred_in_three_equal_parts_giving_the_extra_fen_to_the_first() {
        List<Money> parts = Allocation.split(Money.of("100.00"), weights("1", "1", "1"));
        assertThat(parts).containsExactlyElementsOf(money("33.34", "33.33", "33.33"));
    }

    @Test
    void ties_go_to_the_earlier_index() {
        assertThat(Allocation.split(Money.of("0.02"), weights("1", "1", "1")))
                .containsExactlyElementsOf(money("0.01", "0.01", "0.00"));
        assertThat(Allocation.split(5, new long[] {3, 3, 3, 3})).containsExactly(2, 1, 1, 1);
    }

    @Test
    void the_extra_units_go_to_the_largest_remainders_not_the_first_index() {
        // exact shares: 1.428..., 2.857..., 5.714... (remainders .43, .86, .71): extras to index 1, then 2
        assertThat(Allocation.split(10, new long[] {1, 2, 4})).containsExactly(1, 3, 6);
        // exact shares 3.3, 3.3, 3.4 (tenths): the 0.4 remainder wins over the earlier 0.3s
        assertThat(Allocation.split(Money.of("0.10"), weights("3.3", "3.3", "3.4")))
                .containsExactlyElementsOf(money("0.03", "0.03", "0.04"));
    }

    @Test
    void splits_a_discount_over_line_totals() {
        // order discount 10.00 over lines 59.97, 19.90, 0.13 (total 80.00)
        List<Money> parts = Allocation.splitByAmounts(Money.of("10.00"), money("59.97", "19.90", "0.13"));
        assertThat(parts).containsExactlyElementsOf(money("7.50", "2.49", "0.01"));
        assertThat(sum(parts)).isEqualTo(Money.of("10.00"));
    }

    @Test
    void splits_a_refund_over_tenders() {
        // refund 50.00 over a payment of 70.00 by card and 30.00 by wallet balance
        assertThat(Allocation.splitByAmounts(Money.of("50"), money("70", "30")))
                .containsExactlyElementsOf(money("35.00", "15.00"));
    }

    @Test
    void decimal_weights_of_different_scales_keep_their_proportions() {
        assertThat(Allocation.split(Money.of("1.00"), weights("0.5", "1.50", "2")))
                .containsExactlyElementsOf(money("0.13", "0.37", "0.50"));
        assertThat(Allocation.split(Money.of("6.00"), weights("1E+3", "2000")))
                .containsExactlyElementsOf(money("2.00", "4.00"));
    }

    @Test
    void a_part_with_zero_weight_gets_nothing() {
        assertThat(Allocation.split(Money.of("0.05"), weights("0", "1", "0", "1")))
                .containsExactlyElementsOf(money("0", "0.03", "0", "0.02"));
        assertThat(Allocation.split(7, new long[] {0, 0, 5})).containsExactly(0, 0, 7);
    }

    @Test
    void a_zero_total_splits_into_zeros_even_over_zero_weights() {
        assertThat(Allocation.split(Money.zero(), weights("1", "2"))).containsExactlyElementsOf(money("0", "0"));
        assertThat(Allocation.split(Money.zero(), weights("0", "0"))).containsExactlyElementsOf(money("0", "0"));
        assertThat(Allocation.split(0, new long[] {0})).containsExactly(0);
    }

    @Test
    void a_single_part_takes_the_whole() {
        assertThat(Allocation.split(Money.of("9.99"), weights("0.001"))).containsExactly(Money.of("9.99"));
    }

    @Test
    void refuses_to_split_over_all_zero_weights() {
        assertThatThrownBy(() -> Allocation.split(Money.of("1.00"), weights("0", "0.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zero");
        assertThatThrownBy(() -> Allocation.splitByAmounts(Points.of(10), money("0", "0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_negative_totals_negative_weights_and_no_parts() {
        assertThatThrownBy(() -> Allocation.split(Money.of("-1.00"), weights("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative total");
        assertThatThrownBy(() -> Allocation.split(Money.of("1.00"), weights("1", "-1", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 1 is negative");
        assertThatThrownBy(() -> Allocation.split(Money.of("1.00"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parts");
        assertThatThrownBy(() -> Allocation.split(Points.of(-1), weights("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.split(-1, new long[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.split(1, new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.splitByAmounts(Points.of(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_weights_in_another_currency() {
        List<Money> mixed = List.of(Money.of("1"), Money.of("1", "USD"));
        assertThatThrownBy(() -> Allocation.splitByAmounts(Money.of("1.00"), mixed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies differ");
        assertThatThrownBy(() -> Allocation.splitByAmounts(Money.of("1.00", "USD"), money("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.splitByAmounts(Points.of(100), mixed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splits_whole_points() {
        assertThat(Allocation.split(Points.of(100), weights("1", "1", "1")))
                .containsExactly(Points.of(34), Points.of(33), Points.of(33));
        // 500 points spent over lines of 30.00 and 10.00 yuan
        assertThat(Allocation.splitByAmounts(Points.of(500), money("30", "10")))
                .containsExactly(Points.of(375), Points.of(125));
    }

    @Test
    void keeps_the_currency_and_its_minor_digits() {
        Currency jpy = Currency.getInstance("JPY");
        List<Money> parts = Allocation.split(Money.of("100", "JPY"), weights("1", "1", "1"));
        assertThat(parts).containsExactly(Money.ofMinor(34, jpy), Money.ofMinor(33, jpy), Money.ofMinor(33, jpy));
    }

    @Test
    void handles_totals_and_weights_beyond_long_products() {
        long[] parts = Allocation.split(Long.MAX_VALUE, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 1});
        assertThat(Arrays.stream(parts).reduce(0L, Math::addExact)).isEqualTo(Long.MAX_VALUE);
        // shares are k + (k+1)/(2M+1) twice and M/(2M+1) (just under one half): the last remainder is largest
        long k = (Long.MAX_VALUE - 1) / 2;
        assertThat(parts).containsExactly(k, k, 1);
    }

    /** Property: for any total and weights, the parts add up and each is within a fen of its share. */
    @Test
    void random_splits_always_add_up_and_stay_within_one_minor_unit_of_the_exact_share() {
        Random random = new Random(20240611L);
        for (int round = 0; round < 1_000; round++) {
            Money total = Money.ofMinor(random.nextInt(5) == 0 ? random.nextInt(10) : random.nextInt(10_000_000));
            int n = 1 + random.nextInt(12);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // some zero weights, mixed scales, from fractions of a fen to large line totals
                weights.add(random.nextInt(6) == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4)));
            }
            if (weights.stream().allMatch(w -> w.signum() == 0)) {
                weights.set(0, BigDecimal.ONE);
            }
            List<Money> parts = Allocation.split(total, weights);

            assertThat(parts).hasSize(n);
            assertThat(sum(parts)).as("round %d: %s over %s", round, total, weights).isEqualTo(total);
            BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < n; i++) {
                BigDecimal exact = total.amount().multiply(weights.get(i)).divide(weightSum, MathContext.DECIMAL128);
                BigDecimal gap = parts.get(i).amount().subtract(exact).abs();
                assertThat(gap).as("round %d part %d", round, i).isLessThan(new BigDecimal("0.01"));
                assertThat(parts.get(i).isNegative()).isFalse();
                if (weights.get(i).signum() == 0) {
                    assertThat(parts.get(i).isZero()).isTrue();
                }
            }
        }
    }

    @Test
    void random_long_and_points_splits_always_add_up() {
        Random random = new Random(7L);
        for (int round = 0; round < 1_000; round++) {
            long total = random.nextInt(1_000_000);
            long[] weights = random.longs(1 + random.nextInt(10), 1, 100_000).toArray();
            long[] parts = Allocation.split(total, weights);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(total);

            List<Points> points = Allocation.splitByAmounts(Points.of(total),
                    Arrays.stream(weights).mapToObj(Money::ofMinor).toList());
            assertThat(points.stream().mapToLong(Points::value).toArray()).containsExactly(parts);
        }
    }

    private static Money sum(List<Money> parts) {
        return parts.stream().reduce(Money.zero(parts.getFirst().currency()), Money::plus);
    }
}
