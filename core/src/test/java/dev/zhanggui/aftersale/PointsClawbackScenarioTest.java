package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Purchase points an order earned are taken back in proportion to the goods refunded; points the
 * customer spent already are owed, never taken below zero, and settled from later earnings.
 */
class PointsClawbackScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture();
    private final Actor buyer = f.customer();
    private final SkuId shoes = f.sku("跑鞋", "300.00", 5);

    private Order receivedOrderEarning(long points) {
        Order order = f.shipAll(f.paidOnline(buyer, line(shoes, 3)));
        f.fulfilment.confirmReceipt(buyer, order.id());
        f.pointsAwards.award(AfterSaleFixture.SHOP, order.number(), Points.of(points));
        f.givePoints(buyer, points);
        return order;
    }

    private void returnAndRefund(Order order, int quantity) {
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND,
                units(0, quantity)));
        f.afterSales.refund(f.staff, asked.id(), Optional.empty());
    }

    @Test
    void points_are_clawed_back_in_proportion_and_all_of_them_at_the_end() {
        Order order = receivedOrderEarning(100);
        returnAndRefund(order, 1);
        // 300.00 of 900.00: floor(100 / 3) = 33
        assertThat(f.points(buyer)).isEqualTo(Points.of(67));
        returnAndRefund(order, 2);
        assertThat(f.points(buyer)).isEqualTo(Points.zero());
        assertThat(f.clawbackRepository.ofOrder(AfterSaleFixture.SHOP, order.number()))
                .extracting(PointsClawback::due).containsExactly(Points.of(33), Points.of(67));
    }

    @Test
    void points_already_spent_are_owed_and_settled_from_later_earnings() {
        Order order = receivedOrderEarning(90);
        f.walletPayments.spendPoints(buyer, f.idOf(buyer), Points.of(80),
                dev.zhanggui.wallet.LedgerReason.POINTS_REDEMPTION, dev.zhanggui.wallet.Cause.order("other"), "spend-1");
        returnAndRefund(order, 3);
        assertThat(f.points(buyer)).isEqualTo(Points.zero());
        PointsClawback owed = f.clawbackRepository.owedBy(AfterSaleFixture.SHOP, f.idOf(buyer)).getFirst();
        assertThat(owed.due()).isEqualTo(Points.of(90));
        assertThat(owed.taken()).isEqualTo(Points.of(10));
        assertThat(owed.shortfall()).isEqualTo(Points.of(80));

        f.givePoints(buyer, 50);
        f.services.clawbacks().settleShortfalls(AfterSaleFixture.SHOP, f.idOf(buyer));
        assertThat(f.points(buyer)).isEqualTo(Points.zero());
        f.givePoints(buyer, 50);
        f.services.clawbacks().settleShortfalls(AfterSaleFixture.SHOP, f.idOf(buyer));
        assertThat(f.points(buyer)).isEqualTo(Points.of(20));
        assertThat(f.clawbackRepository.owedBy(AfterSaleFixture.SHOP, f.idOf(buyer))).isEmpty();
        assertThat(f.services.clawbacks().settleShortfalls(AfterSaleFixture.SHOP, f.idOf(buyer))).isEmpty();
    }

    @Test
    void points_owed_are_taken_first_from_the_next_purchase_points_oldest_first() {
        Order first = receivedOrderEarning(90);
        f.walletPayments.spendPoints(buyer, f.idOf(buyer), Points.of(90),
                dev.zhanggui.wallet.LedgerReason.POINTS_REDEMPTION, dev.zhanggui.wallet.Cause.order("other"), "spend-2");
        returnAndRefund(first, 3);
        assertThat(f.clawbackRepository.owedBy(AfterSaleFixture.SHOP, f.idOf(buyer)))
                .extracting(PointsClawback::shortfall).containsExactly(Points.of(90));
        var rewards = new dev.zhanggui.wallet.PointsRewardService(
                new dev.zhanggui.wallet.inmemory.InMemoryEarningRuleRepository(),
                dev.zhanggui.wallet.EarningRules.withBuiltIns(),
                new dev.zhanggui.wallet.inmemory.InMemoryPointsAwardRepository(),
                new dev.zhanggui.wallet.DefaultPurchaseRewardPolicy(), f.walletPayments, f.customerRepository,
                f.services.clawbacks(), f.transactions, f.ids, f.clock);

        // a purchase of 60.00 earns 60 points (a point a yuan): all of them go to what is owed
        rewards.purchaseCompleted(new dev.zhanggui.wallet.CompletedPurchase(AfterSaleFixture.SHOP, f.idOf(buyer),
                "N-LATER-1", dev.zhanggui.shared.Money.of("60.00"), dev.zhanggui.shared.Money.zero(),
                dev.zhanggui.shared.Money.zero(), f.clock.instant()));
        assertThat(f.points(buyer)).isEqualTo(Points.zero());
        assertThat(f.clawbackRepository.owedBy(AfterSaleFixture.SHOP, f.idOf(buyer)))
                .extracting(PointsClawback::shortfall).containsExactly(Points.of(30));
        // the next 50 settle the rest and leave 20
        rewards.purchaseCompleted(new dev.zhanggui.wallet.CompletedPurchase(AfterSaleFixture.SHOP, f.idOf(buyer),
                "N-LATER-2", dev.zhanggui.shared.Money.of("50.00"), dev.zhanggui.shared.Money.zero(),
                dev.zhanggui.shared.Money.zero(), f.clock.instant()));
        assertThat(f.points(buyer)).isEqualTo(Points.of(20));
        assertThat(f.clawbackRepository.owedBy(AfterSaleFixture.SHOP, f.idOf(buyer))).isEmpty();
        var entries = f.wallets.entries(f.staff, f.idOf(buyer), dev.zhanggui.wallet.LedgerFilter.all(),
                dev.zhanggui.shared.PageRequest.first(100)).items();
        assertThat(entries).filteredOn(e -> e.reason() == dev.zhanggui.wallet.LedgerReason.ADJUSTMENT
                        && e.amount() < 0)
                .as("two settlements, each a spend caused by the refund, never below zero")
                .extracting(e -> e.amount(), e -> e.cause().equals(dev.zhanggui.wallet.Cause.refund(
                        f.clawbackRepository.ofOrder(AfterSaleFixture.SHOP, first.number()).getFirst().refund()
                                .toString())))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(-60L, true),
                        org.assertj.core.groups.Tuple.tuple(-30L, true));
        assertThat(entries).allSatisfy(e -> assertThat(e.balanceAfter()).isNotNegative());
    }
}
