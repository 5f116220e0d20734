package dev.zhanggui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Nested
    class Creating {

        @Test
        void holds_the_amount_at_the_minor_digits_so_99_5_equals_99_50() {
            Money a = Money.of("99.5");
            Money b = Money.of("99.50");
            Money c = Money.of(new BigDecimal("99.500"));

            assertThat(a).isEqualTo(b).isEqualTo(c);
            assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(c.hashCode());
            assertThat(a.amount().scale()).isEqualTo(2);
            assertThat(a.toString()).isEqualTo("99.50");
        }

        @Test
        void defaults_to_cny() {
            assertThat(Money.of("1").currency()).isEqualTo(CNY);
            assertThat(Money.zero().currency()).isEqualTo(CNY);
            assertThat(Money.of("99.5", "CNY")).isEqualTo(Money.of("99.50"));
        }

        @Test
        void refuses_digits_below_the_minor_unit() {
            assertThatThrownBy(() -> Money.of("0.005"))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("0.005").hasMessageContaining("CNY");
            assertThatThrownBy(() -> Money.of(new BigDecimal("2.345"), CNY)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(ArithmeticException.class);
        }

        @Test
        void accepts_exponent_and_negative_scale_amounts_and_prints_them_plainly() {
            Money m = Money.of(new BigDecimal("1E+7"));
            assertThat(m.toString()).isEqualTo("10000000.00");
            assertThat(Money.of("1.2E+1").toString()).isEqualTo("12.00");
            assertThat(Money.of("0.00000").toString()).isEqualTo("0.00");
        }

        @Test
        void refuses_what_is_not_a_number_or_not_a_currency() {
            assertThatThrownBy(() -> Money.of("abc")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Money.of("1", "XAU"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no minor unit");
            assertThatThrownBy(() -> Money.of((String) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void counts_minor_units() {
            assertThat(Money.ofMinor(9950, CNY)).isEqualTo(Money.of("99.50"));
            assertThat(Money.ofMinor(-1)).isEqualTo(Money.of("-0.01"));
            assertThat(Money.of("99.50").minorUnits()).isEqualTo(9950);
            assertThat(Money.of("-0.07").minorUnits()).isEqualTo(-7);
            assertThat(Money.zero(USD).minorUnits()).isZero();
        }

        @Test
        void jpy_has_no_minor_digits() {
            Money yen = Money.of("1500", "JPY");
            assertThat(yen.toString()).isEqualTo("1500");
            assertThat(yen.minorUnits()).isEqualTo(1500);
            assertThat(Money.ofMinor(1500, JPY)).isEqualTo(yen);
            assertThat(yen.times(new BigDecimal("0.333"))).isEqualTo(Money.of("500", "JPY"));
            assertThat(yen.times(new BigDecimal("0.001"))).isEqualTo(Money.of("2", "JPY")); // 1.5 -> 2
            assertThat(yen.format()).isEqualTo("JPY 1500");
        }

        @Test
        void bhd_has_three_minor_digits() {
            Money dinar = Money.of("1.5", "BHD");
            assertThat(dinar.toString()).isEqualTo("1.500");
            assertThat(dinar.minorUnits()).isEqualTo(1500);
            assertThat(Money.ofMinor(1, BHD).toString()).isEqualTo("0.001");
        }
    }

    @Nested
    class Rounding {

        @ParameterizedTest(name = "{0} rounds HALF_UP to {1}")
        @CsvSource({
            "0.005, 0.01",
            "0.004, 0.00",
            "2.345, 2.35",
            "2.344999, 2.34",
            "-2.345, -2.35",
            "-0.005, -0.01",
            "-0.004, 0.00",
            "99.995, 100.00",
        })
        void the_explicit_factory_rounds_half_up(String exact, String expected) {
            assertThat(Money.rounded(new BigDecimal(exact), CNY)).isEqualTo(Money.of(expected));
        }

        @Test
        void rounding_a_negative_amount_to_zero_gives_a_plain_zero() {
            Money m = Money.rounded(new BigDecimal("-0.004"), CNY);
            assertThat(m.isZero()).isTrue();
            assertThat(m).isEqualTo(Money.zero());
        }

        @ParameterizedTest(name = "{0} x {1} = {2}")
        @CsvSource({
            "10.00, 0.85, 8.50",
            "0.01, 0.5, 0.01",
            "0.01, 0.49, 0.00",
            "9.99, 0.15, 1.50",   // 1.4985
            "2.35, 0.998, 2.35",  // 2.3453
            "-4.69, 0.5, -2.35",  // -2.345
            "100.00, 0.333333, 33.33",
        })
        void times_a_factor_rounds_half_up_once(String amount, String factor, String expected) {
            assertThat(Money.of(amount).times(new BigDecimal(factor))).isEqualTo(Money.of(expected));
        }

        @Test
        void times_a_quantity_is_exact() {
            assertThat(Money.of("19.99").times(3)).isEqualTo(Money.of("59.97"));
            assertThat(Money.of("19.99").times(0)).isEqualTo(Money.zero());
            assertThat(Money.of("0.01").times(-2)).isEqualTo(Money.of("-0.02"));
            assertThat(Money.of("92233720368547758.07").times(1000).toString())
                    .isEqualTo("92233720368547758070.00");
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void adds_subtracts_and_negates() {
            Money a = Money.of("99.50");
            assertThat(a.plus(Money.of("0.51"))).isEqualTo(Money.of("100.01"));
            assertThat(a.minus(Money.of("100"))).isEqualTo(Money.of("-0.50"));
            assertThat(a.negate()).isEqualTo(Money.of("-99.5"));
            assertThat(a.negate().abs()).isEqualTo(a);
            assertThat(a.minus(a).isZero()).isTrue();
        }

        @Test
        void knows_its_sign() {
            assertThat(Money.of("0.01").isPositive()).isTrue();
            assertThat(Money.of("0.01").isNegative()).isFalse();
            assertThat(Money.of("-0.01").isNegative()).isTrue();
            assertThat(Money.of("-0.01").isPositive()).isFalse();
            assertThat(Money.zero().isZero()).isTrue();
            assertThat(Money.zero().isPositive()).isFalse();
            assertThat(Money.zero().isNegative()).isFalse();
        }

        @Test
        void compares_within_one_currency() {
            Money small = Money.of("9.99");
            Money big = Money.of("10");
            assertThat(small).isLessThan(big);
            assertThat(small.compareTo(Money.of("9.990"))).isZero();
            assertThat(big.isGreaterThan(small)).isTrue();
            assertThat(small.isLessThan(big)).isTrue();
            assertThat(big.isLessThan(big)).isFalse();
            assertThat(big.isAtLeast(big)).isTrue();
            assertThat(small.isAtMost(big)).isTrue();
            assertThat(small.min(big)).isSameAs(small);
            assertThat(small.max(big)).isSameAs(big);
        }

        @Test
        void refuses_to_mix_currencies() {
            Money yuan = Money.of("1.00");
            Money dollar = Money.of("1.00", "USD");
            assertThatThrownBy(() -> yuan.plus(dollar))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot add CNY 1.00 and USD 1.00: currencies differ");
            assertThatThrownBy(() -> yuan.minus(dollar)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("subtract");
            assertThatThrownBy(() -> yuan.compareTo(dollar)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("compare");
            assertThatThrownBy(() -> yuan.isGreaterThan(dollar)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> yuan.isLessThan(dollar)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> yuan.min(dollar)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> yuan.max(dollar)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void same_amount_in_another_currency_is_not_equal() {
            assertThat(Money.of("1.00")).isNotEqualTo(Money.of("1.00", "USD"));
        }
    }

    @Nested
    class Printing {

        @Test
        void to_string_is_the_plain_decimal_at_minor_digits() {
            assertThat(Money.of("99.5").toString()).isEqualTo("99.50");
            assertThat(Money.of("-0.1").toString()).isEqualTo("-0.10");
            assertThat(Money.ofMinor(1).toString()).isEqualTo("0.01");
            assertThat(Money.of(new BigDecimal("1E-2")).toString()).isEqualTo("0.01");
        }

        @Test
        void format_adds_the_currency_code() {
            assertThat(Money.of("99.5").format()).isEqualTo("CNY 99.50");
            assertThat(Money.of("-3", "USD").format()).isEqualTo("USD -3.00");
        }
    }
}
