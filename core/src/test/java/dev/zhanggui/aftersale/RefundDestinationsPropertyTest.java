package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over random checkouts (coupon, points, balance, online) and random sequences of
 * requests refunded by staff: the money really arrives where it came from. The wallet never gets
 * back more balance or points than the order took, the gateway never more than was paid online, and
 * once everything is refunded before shipping the customer's balance, points and coupon are as
 * before the order, the gateway refunded exactly the online payment, and the stock is whole again.
 */
class RefundDestinationsPropertyTest {

    @Test
    void refunds_arrive_where_the_money_came_from() {
        Random random = new Random(7031);
        for (int run = 0; run < 60; run++) {
            oneOrder(random, run);
        }
    }

    private void oneOrder(Random random, int run) {
        AfterSaleFixture f = new AfterSaleFixture(random.nextBoolean() ? "0.00" : "7.00",
                random.nextBoolean() ? new DefaultRefundAllocationPolicy() : PriorityRefundAllocationPolicy.walletFirst());
        Actor buyer = f.customer();
        f.topUp(buyer, "80.00");
        f.givePoints(buyer, 3_000);
        List<SkuId> skus = new ArrayList<>();
        List<CartLine> lines = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            skus.add(f.sku("S" + i, Money.ofMinor(100 + random.nextInt(9_900)).amount().toPlainString(), 50));
            lines.add(CartLine.of(skus.getLast(), 1 + random.nextInt(4)));
        }
        Optional<Coupon> coupon = random.nextBoolean() ? Optional.of(f.coupon(buyer, "3.00")) : Optional.empty();
        Points points = Points.of(random.nextInt(3) * 100L);
        Order order = f.paidOrder(buyer, new PaymentPlan(points, random.nextBoolean(), TenderType.ONLINE), coupon,
                lines.toArray(CartLine[]::new));
        boolean shipped = random.nextInt(3) == 0;
        if (shipped) {
            order = f.shipAll(order);
        }
        Money onlinePaid = order.tenders().stream().filter(t -> t.type() == TenderType.ONLINE).map(Tender::amount)
                .findFirst().orElse(Money.zero());
        while (!f.order(order.id()).everyUnitRefunded()) {
            List<AfterSaleLine> left = RefundCalculator.unitsLeft(f.order(order.id()));
            AfterSaleLine pick = left.get(random.nextInt(left.size()));
            AfterSaleLine units = new AfterSaleLine(pick.line(), 1 + random.nextInt(pick.quantity()));
            AfterSale asked = f.afterSales.request(buyer, f.request(order, shipped && random.nextBoolean()
                    ? AfterSaleType.RETURN_AND_REFUND : AfterSaleType.REFUND_ONLY, units));
            assertThat(f.afterSales.refund(f.staff, asked.id(), Optional.empty()).status())
                    .isEqualTo(AfterSaleStatus.REFUNDED);
            assertThat(f.balance(buyer)).isLessThanOrEqualTo(Money.of("80.00"));
            assertThat(f.points(buyer)).isLessThanOrEqualTo(Points.of(3_000));
            assertThat(f.gateway.refunds().stream().mapToLong(r -> r.refundFen()).sum())
                    .isLessThanOrEqualTo(onlinePaid.minorUnits());
        }
        Order done = f.order(order.id());
        Money refunded = f.refundRepository.ofOrder(AfterSaleFixture.SHOP, order.id()).stream().map(Refund::amount)
                .reduce(Money.zero(), Money::plus);
        if (shipped) {
            assertThat(refunded).as("run " + run).isEqualTo(done.goodsPayable());
            return;
        }
        assertThat(done.status()).as("run " + run).isEqualTo(OrderStatus.CLOSED);
        assertThat(refunded).isEqualTo(done.total());
        assertThat(f.balance(buyer)).isEqualTo(Money.of("80.00"));
        assertThat(f.points(buyer)).isEqualTo(Points.of(3_000));
        assertThat(f.gateway.refunds().stream().mapToLong(r -> r.refundFen()).sum()).isEqualTo(onlinePaid.minorUnits());
        coupon.ifPresent(c -> assertThat(f.reload(c).status()).isEqualTo(CouponStatus.AVAILABLE));
        skus.forEach(s -> assertThat(f.onHand(s)).isEqualTo(50));
    }
}
