package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The worked example of docs/guides/after-sales.md, every fen and point: three lines with a 10.00
 * coupon and 8.00 shipping, paid with 500 points (100 points = 1.00), 50.00 of balance and the rest
 * online; refunded before shipping in two partial refunds and then the remainder.
 */
class WorkedExampleTest {
    private final AfterSaleFixture f = new AfterSaleFixture("8.00", new DefaultRefundAllocationPolicy());
    private final Actor buyer = f.customer();

    @Test
    void three_lines_coupon_points_balance_online_refunded_in_three_steps() {
        f.topUp(buyer, "50.00");
        f.givePoints(buyer, 500);
        SkuId tea = f.sku("龙井", "38.00", 10);
        SkuId cup = f.sku("茶杯", "12.50", 10);
        SkuId tray = f.sku("茶盘", "89.90", 10);
        Coupon coupon = f.coupon(buyer, "10.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.of(500), true, TenderType.ONLINE), Optional.of(coupon),
                line(tea, 2), line(cup, 3), line(tray, 1));

        // the order: 76.00 + 37.50 + 89.90 = 203.40, the coupon split 3.74 / 1.84 / 4.42, shipping 8.00
        assertThat(order.lines()).extracting(l -> l.couponDiscount())
                .containsExactly(Money.of("3.74"), Money.of("1.84"), Money.of("4.42"));
        assertThat(order.linePaidAmounts()).containsExactly(Money.of("72.26"), Money.of("35.66"), Money.of("85.48"));
        assertThat(order.total()).isEqualTo(Money.of("201.40"));
        assertThat(order.tenders()).extracting(t -> t.type(), t -> t.amount(), t -> t.points()).containsExactly(
                tuple(TenderType.POINTS, Money.of("5.00"), Points.of(500)),
                tuple(TenderType.BALANCE, Money.of("50.00"), Points.zero()),
                tuple(TenderType.ONLINE, Money.of("146.40"), Points.zero()));

        // 1. one of the two teas: 72.26 / 2 = 36.13
        Refund first = refund(order, units(0, 1));
        assertThat(first.amount()).isEqualTo(Money.of("36.13"));
        assertSplit(first, "0.90", 90, "8.97", "26.26");
        assertThat(f.order(order.id()).status()).isEqualTo(OrderStatus.TO_SHIP);

        // 2. two of the three cups: 35.66 / 3 = 11.886.. → 11.88 a unit, 23.76
        Refund second = refund(order, units(1, 2));
        assertThat(second.amount()).isEqualTo(Money.of("23.76"));
        assertSplit(second, "0.59", 59, "5.90", "17.27");
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.USED);

        // 3. the rest: the last tea 36.13, the last cup 35.66 − 23.76 = 11.90, the tray 85.48, shipping 8.00
        Refund last = refund(order);
        assertThat(last.lines()).extracting(RefundLine::line, RefundLine::quantity, RefundLine::amount).containsExactly(
                tuple(0, 1, Money.of("36.13")), tuple(1, 1, Money.of("11.90")), tuple(2, 1, Money.of("85.48")));
        assertThat(last.shipping()).isEqualTo(Money.of("8.00"));
        assertThat(last.amount()).isEqualTo(Money.of("141.51"));
        assertSplit(last, "3.51", 351, "35.13", "102.87");

        // everything back: 500 points, 50.00 balance, 146.40 online, the coupon; the order closed
        assertThat(f.points(buyer)).isEqualTo(Points.of(500));
        assertThat(f.balance(buyer)).isEqualTo(Money.of("50.00"));
        assertThat(f.gateway.refunds()).extracting(r -> r.refundFen()).containsExactly(2626L, 1727L, 10287L);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.AVAILABLE);
        Order closed = f.order(order.id());
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.refunds().total()).isEqualTo(Money.of("201.40"));
        assertThat(List.of(tea, cup, tray)).allSatisfy(s -> assertThat(f.onHand(s)).isEqualTo(10));
    }

    private Refund refund(Order order, AfterSaleLine... lines) {
        AfterSaleRequest request = lines.length == 0
                ? AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY, "NO_LONGER_WANTED")
                : f.request(order, AfterSaleType.REFUND_ONLY, lines);
        AfterSale asked = f.afterSales.request(buyer, request);
        assertThat(f.afterSales.refund(f.staff, asked.id(), Optional.empty()).status())
                .isEqualTo(AfterSaleStatus.REFUNDED);
        return f.refundOf(asked);
    }

    private static void assertSplit(Refund refund, String points, long wholePoints, String balance, String online) {
        assertThat(refund.allocations()).extracting(RefundAllocation::tender, RefundAllocation::amount,
                RefundAllocation::points).containsExactly(
                tuple(TenderType.POINTS, Money.of(points), Points.of(wholePoints)),
                tuple(TenderType.BALANCE, Money.of(balance), Points.zero()),
                tuple(TenderType.ONLINE, Money.of(online), Points.zero()));
    }
}
