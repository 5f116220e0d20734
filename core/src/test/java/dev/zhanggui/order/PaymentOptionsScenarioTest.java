package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A customer previews how points and balance would pay an order (抵扣预览) before checking out,
 * and checkout then splits the order exactly as previewed.
 */
class PaymentOptionsScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final PaymentOptionsService options = new PaymentOptionsService(f.settings, f.wallets, f.transactions);
    private final OrderSettingsService settings = new OrderSettingsService(f.settings, f.holidays, f.customers,
            f.transactions);

    @Test
    void the_preview_shows_the_most_points_usable_and_the_split_checkout_then_makes() {
        Actor buyer = f.customer();
        f.givePoints(buyer, 5_000);
        f.topUp(buyer, "30.00");
        settings.change(f.admin, new OrderSettingsChange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(20)));
        SkuId tea = f.sku("龙井", "100.00", 5);

        PaymentOptions nothingChosen = options.options(buyer, Money.of("100.00"), Points.zero(), false);
        assertThat(nothingChosen.pointsAvailable()).isEqualTo(Points.of(5_000));
        assertThat(nothingChosen.pointsUsable()).as("20% of 100.00 at 100 points a yuan").isEqualTo(Points.of(2_000));
        assertThat(nothingChosen.pointsUsableWorth()).isEqualTo(Money.of("20.00"));
        assertThat(nothingChosen.balanceAvailable()).isEqualTo(Money.of("30.00"));
        assertThat(nothingChosen.due()).isEqualTo(Money.of("100.00"));

        PaymentOptions chosen = options.options(buyer, Money.of("100.00"), Points.of(2_000), true);
        assertThat(chosen.paidByPoints()).isEqualTo(Money.of("20.00"));
        assertThat(chosen.paidByBalance()).isEqualTo(Money.of("30.00"));
        assertThat(chosen.due()).isEqualTo(Money.of("50.00"));

        Order order = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(tea, 1, Optional.empty())),
                new PaymentPlan(Points.of(2_000), true, TenderType.ONLINE)));
        assertThat(order.total()).isEqualTo(Money.of("100.00"));
        assertThat(order.tenders()).extracting(Tender::type, Tender::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TenderType.POINTS, chosen.paidByPoints()),
                org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, chosen.paidByBalance()),
                org.assertj.core.groups.Tuple.tuple(TenderType.ONLINE, chosen.due()));

        PaymentOptions after = options.options(buyer, Money.of("100.00"), Points.zero(), true);
        assertThat(after.pointsAvailable()).isEqualTo(Points.of(3_000));
        assertThat(after.balanceAvailable()).isEqualTo(Money.zero());
        assertThat(after.paidByBalance()).isEqualTo(Money.zero());
    }

    @Test
    void a_choice_checkout_would_refuse_is_refused_with_the_same_code() {
        Actor buyer = f.customer();
        f.givePoints(buyer, 300);
        assertThatThrownBy(() -> options.options(buyer, Money.of("10.00"), Points.of(1_001), false))
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        assertThatThrownBy(() -> options.options(buyer, Money.of("10.00"), Points.of(301), false))
                .extracting("code").isEqualTo(ErrorCode.WALLET_INSUFFICIENT_POINTS);
        assertThatThrownBy(() -> options.options(buyer, Money.of("-1.00"), Points.zero(), false))
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        assertThatThrownBy(() -> options.options(buyer, Money.of("100000000.00"), Points.zero(), false))
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        assertThatThrownBy(() -> options.options(buyer, Money.of("10.00"), Points.of(-1), false))
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        assertThatThrownBy(() -> options.options(f.cashier, Money.of("10.00"), Points.zero(), false))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);

        assertThat(options.options(buyer, Money.of("2.00"), Points.zero(), false).pointsUsable())
                .as("no more than the total").isEqualTo(Points.of(200));
        assertThat(options.options(buyer, Money.zero(), Points.zero(), true).pointsUsable()).isEqualTo(Points.zero());

        f.wallets.freeze(f.admin, f.idOf(buyer));
        PaymentOptions frozen = options.options(buyer, Money.of("10.00"), Points.zero(), true);
        assertThat(frozen.walletFrozen()).isTrue();
        assertThat(frozen.pointsUsable()).isEqualTo(Points.zero());
        assertThat(frozen.due()).isEqualTo(Money.of("10.00"));
        assertThatThrownBy(() -> options.options(buyer, Money.of("10.00"), Points.of(100), false))
                .extracting("code").isEqualTo(ErrorCode.WALLET_FROZEN);
    }

    @Test
    void points_usable_count_the_rounding_of_worth_down_to_the_fen() {
        PointsRate threeForAYuan = PointsRate.of(3, Money.of("1.00"));
        assertThat(PaymentOptionsService.mostPointsWithin(threeForAYuan, Money.of("1.33"))).isEqualTo(Points.of(4));
        assertThat(threeForAYuan.worthOf(Points.of(4))).isEqualTo(Money.of("1.33"));
        assertThat(threeForAYuan.worthOf(Points.of(5))).isEqualTo(Money.of("1.66"));
        assertThat(PaymentOptionsService.mostPointsWithin(PointsRate.perYuan(100), Money.of("8.00"))).isEqualTo(Points.of(800));
        assertThat(PaymentOptionsService.mostPointsWithin(PointsRate.perYuan(100), Money.zero())).isEqualTo(Points.zero());
        assertThat(PaymentOptionsService.mostPointsWithin(PointsRate.of(1, Money.of("5.00")), Money.of("4.99")))
                .as("one point is worth more than the cap").isEqualTo(Points.zero());
    }
}
