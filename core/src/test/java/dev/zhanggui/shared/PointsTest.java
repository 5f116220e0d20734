package dev.zhanggui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    private static final PointsRate HUNDRED_PER_YUAN = PointsRate.perYuan(100);

    @Test
    void adds_and_subtracts_whole_points() {
        assertThat(Points.of(120).plus(Points.of(30))).isEqualTo(Points.of(150));
        assertThat(Points.of(120).minus(Points.of(150))).isEqualTo(Points.of(-30));
        assertThat(Points.of(120).negate()).isEqualTo(Points.of(-120));
        assertThat(Points.of(5).times(3)).isEqualTo(Points.of(15));
        assertThat(Points.zero()).isEqualTo(Points.of(0));
        assertThat(Points.of(7).toString()).isEqualTo("7");
    }

    @Test
    void knows_its_sign_and_order() {
        assertThat(Points.of(-1).isNegative()).isTrue();
        assertThat(Points.of(1).isPositive()).isTrue();
        assertThat(Points.zero().isZero()).isTrue();
        assertThat(Points.zero().isNegative()).isFalse();
        assertThat(Points.of(3).isGreaterThan(Points.of(2))).isTrue();
        assertThat(Points.of(2).isLessThan(Points.of(3))).isTrue();
        assertThat(Points.of(2)).isLessThan(Points.of(3));
        assertThat(Points.of(2).min(Points.of(3))).isEqualTo(Points.of(2));
        assertThat(Points.of(2).max(Points.of(3))).isEqualTo(Points.of(3));
    }

    @Test
    void refuses_to_overflow() {
        assertThatThrownBy(() -> Points.of(Long.MAX_VALUE).plus(Points.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Points.of(Long.MIN_VALUE).minus(Points.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Points.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Points.of(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} points at 100/yuan = {1}")
    @CsvSource({"0, 0.00", "1, 0.01", "150, 1.50", "10000, 100.00", "-250, -2.50"})
    void converts_to_money_exactly_at_a_hundred_per_yuan(long points, String money) {
        assertThat(Points.of(points).toMoney(HUNDRED_PER_YUAN)).isEqualTo(Money.of(money));
        assertThat(HUNDRED_PER_YUAN.pointsFor(Money.of(money))).isEqualTo(Points.of(points));
    }

    @Test
    void worth_rounds_toward_zero_so_points_never_beat_the_rate() {
        PointsRate threePerYuan = PointsRate.of(3, Money.of("1.00"));
        assertThat(Points.of(1).toMoney(threePerYuan)).isEqualTo(Money.of("0.33"));
        assertThat(Points.of(2).toMoney(threePerYuan)).isEqualTo(Money.of("0.66"));
        assertThat(Points.of(3).toMoney(threePerYuan)).isEqualTo(Money.of("1.00"));
        assertThat(Points.of(-2).toMoney(threePerYuan)).isEqualTo(Money.of("-0.66"));

        PointsRate thousandPerYuan = PointsRate.perYuan(1000);
        assertThat(Points.of(9).toMoney(thousandPerYuan)).isEqualTo(Money.zero());
        assertThat(Points.of(19).toMoney(thousandPerYuan)).isEqualTo(Money.of("0.01"));
    }

    @Test
    void points_for_an_amount_are_floored_when_spending() {
        PointsRate tenPerYuan = PointsRate.perYuan(10);
        // 0.15 yuan is 1.5 points: the customer spends 1 point (0.10), never 2 (0.20)
        assertThat(tenPerYuan.pointsFor(Money.of("0.15"))).isEqualTo(Points.of(1));
        assertThat(tenPerYuan.pointsFor(Money.of("0.19"))).isEqualTo(Points.of(1));
        assertThat(tenPerYuan.pointsFor(Money.of("0.09"))).isEqualTo(Points.zero());
        assertThat(tenPerYuan.pointsFor(Money.of("99.99"))).isEqualTo(Points.of(999));
        assertThat(tenPerYuan.pointsFor(Money.of("-0.15"))).isEqualTo(Points.of(-1));
    }

    @Test
    void a_rate_may_make_one_point_worth_more_than_one_unit() {
        PointsRate fiveYuanEach = PointsRate.of(1, Money.of("5.00"));
        assertThat(Points.of(3).toMoney(fiveYuanEach)).isEqualTo(Money.of("15.00"));
        assertThat(fiveYuanEach.pointsFor(Money.of("14.99"))).isEqualTo(Points.of(2));
        assertThat(fiveYuanEach.toString()).isEqualTo("1 points = CNY 5.00");
    }

    @Test
    void converting_back_and_forth_never_gains() {
        PointsRate[] rates = {
            PointsRate.perYuan(100), PointsRate.perYuan(10), PointsRate.perYuan(7),
            PointsRate.of(3, Money.of("1.00")), PointsRate.of(1, Money.of("5.00")), PointsRate.of(13, Money.of("0.07")),
        };
        for (PointsRate rate : rates) {
            long worthFen = rate.worth().minorUnits();
            for (long fen = 0; fen <= 2_000; fen++) {
                Money amount = Money.ofMinor(fen);
                long points = rate.pointsFor(amount).value();
                assertThat(Points.of(points).toMoney(rate)).as("%s at %s", amount, rate).isLessThanOrEqualTo(amount);
                // exactly: the points cover at most the amount, and one more point would cover more
                assertThat(points * worthFen).as("%s at %s", amount, rate).isLessThanOrEqualTo(fen * rate.points());
                assertThat((points + 1) * worthFen).as("%s at %s", amount, rate).isGreaterThan(fen * rate.points());
            }
        }
    }

    @Test
    void works_in_other_currencies_and_refuses_to_mix_them() {
        PointsRate yenRate = PointsRate.perUnit(1, Currency.getInstance("JPY"));
        assertThat(Points.of(500).toMoney(yenRate)).isEqualTo(Money.of("500", "JPY"));
        assertThat(yenRate.currency()).isEqualTo(Currency.getInstance("JPY"));
        assertThatThrownBy(() -> yenRate.pointsFor(Money.of("5.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies differ");
    }

    @Test
    void a_rate_needs_positive_points_and_worth() {
        assertThatThrownBy(() -> PointsRate.perYuan(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsRate.perYuan(-100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsRate.of(100, Money.zero())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsRate.of(100, Money.of("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsRate.of(100, null)).isInstanceOf(NullPointerException.class);
    }
}
