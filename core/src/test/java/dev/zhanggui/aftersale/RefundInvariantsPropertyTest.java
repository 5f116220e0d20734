package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.*;
import dev.zhanggui.pricing.UnitPrice;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random orders (lines, quantities, promotions, coupon, merchant price change, points at uneven
 * rates, balance, credit, online) and random sequences of partial refunds, before or after shipping,
 * under either policy: no tender ever gives back more than it paid, in money or points; every refund
 * is split exactly; and once everything is refunded, each tender gave back exactly what it paid (before
 * shipping, shipping included) and each line exactly what it cost.
 */
class RefundInvariantsPropertyTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Actor STAFF = Actor.staff(SHOP, "staff");
    private static final List<PointsRate> RATES = List.of(PointsRate.perYuan(100), PointsRate.of(3, Money.of("1.00")),
            PointsRate.of(1, Money.of("0.07")), PointsRate.perYuan(7));
    private static final List<RefundAllocationPolicy> POLICIES = List.of(new DefaultRefundAllocationPolicy(),
            PriorityRefundAllocationPolicy.walletFirst(), PriorityRefundAllocationPolicy.onlineFirst());

    @Test
    void partial_refunds_never_overpay_a_tender_and_everything_refunded_pays_back_each_exactly() {
        Random random = new Random(20261124);
        int refunds = 0;
        for (int run = 0; run < 600; run++) {
            Order order = randomPaidOrder(random);
            // a third not shipped, a third shipped in full, a third partly shipped (some units of some lines)
            int mode = random.nextInt(3);
            List<ShipmentLine> sent = order.lines().stream()
                    .map(l -> new ShipmentLine(l.index(), mode == 1 ? l.quantity() : random.nextInt(l.quantity() + 1)))
                    .filter(l -> l.quantity() > 0).toList();
            boolean shipped = mode != 0 && !sent.isEmpty();
            if (shipped) {
                order.ship(new Shipment(UUID.randomUUID(), "顺丰", "SF" + run, sent, "staff", NOW), STAFF, NOW);
            }
            RefundCalculator calculator = new RefundCalculator(POLICIES.get(random.nextInt(POLICIES.size())));
            while (!order.everyUnitRefunded()) {
                List<AfterSaleLine> units = randomUnits(random, order);
                RefundPlan plan = calculator.plan(order, units, AfterSaleTerms.DEFAULT);
                assertSplitExactly(plan);
                order.recordRefund(toOrderRefund("r" + refunds++, plan), STAFF, NOW);
                assertNoTenderOverpaid(order);
            }
            assertEverythingBack(order, shipped);
        }
        assertThat(refunds).isGreaterThan(1500);
    }

    private static void assertSplitExactly(RefundPlan plan) {
        Money split = plan.allocations().stream().map(RefundAllocation::amount).reduce(Money.zero(), Money::plus);
        assertThat(split).isEqualTo(plan.amount());
        assertThat(plan.lines()).allSatisfy(l -> assertThat(l.amount().isNegative()).isFalse());
    }

    private static void assertNoTenderOverpaid(Order order) {
        for (Tender t : order.tenders()) {
            assertThat(order.refunds().from(t.type())).isLessThanOrEqualTo(t.amount());
            assertThat(order.refunds().pointsFrom(t.type())).isLessThanOrEqualTo(t.points());
        }
        List<Money> paid = order.linePaidAmounts();
        for (int i = 0; i < paid.size(); i++) {
            assertThat(order.refunds().amount(order.lines().get(i).index())).isLessThanOrEqualTo(paid.get(i));
        }
    }

    private static void assertEverythingBack(Order order, boolean shipped) {
        List<Money> paid = order.linePaidAmounts();
        for (int i = 0; i < paid.size(); i++) {
            assertThat(order.refunds().amount(order.lines().get(i).index())).isEqualTo(paid.get(i));
        }
        if (shipped) {
            assertThat(order.refunds().total()).isEqualTo(order.goodsPayable());
            assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
            return;
        }
        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(order.refunds().total()).isEqualTo(order.total());
        for (Tender t : order.tenders()) {
            assertThat(order.refunds().from(t.type())).as(t.type().name()).isEqualTo(t.amount());
            assertThat(order.refunds().pointsFrom(t.type())).as(t.type().name()).isEqualTo(t.points());
        }
    }

    /** One to three lines with units still to refund, each with a random number of its units left. */
    private static List<AfterSaleLine> randomUnits(Random random, Order order) {
        List<AfterSaleLine> left = RefundCalculator.unitsLeft(order);
        List<AfterSaleLine> chosen = new ArrayList<>();
        for (AfterSaleLine l : left) {
            if (chosen.isEmpty() || random.nextBoolean()) {
                chosen.add(new AfterSaleLine(l.line(), 1 + random.nextInt(l.quantity())));
            }
        }
        return chosen;
    }

    static OrderRefund toOrderRefund(String reference, RefundPlan plan) {
        return new OrderRefund(reference, plan.lines().stream().map(l -> new OrderRefund.RefundedLine(l.line(),
                l.quantity(), l.amount(), l.shipped())).toList(), plan.shipping(), plan.allocations().stream()
                .map(a -> new OrderRefund.RefundedTender(a.tender(), a.amount(), a.points())).toList(), NOW);
    }

    private static Order randomPaidOrder(Random random) {
        Order order = draft(randomLines(random), Money.ofMinor(random.nextInt(3_000)));
        Money total = order.total();
        List<Tender> tenders = new ArrayList<>();
        Money left = total;
        if (random.nextBoolean() && left.isPositive()) {
            PointsRate rate = RATES.get(random.nextInt(RATES.size()));
            Points points = rate.pointsFor(Money.ofMinor(random.nextLong(left.minorUnits() + 1)));
            if (rate.worthOf(points).isPositive()) {
                tenders.add(Tender.points(points, rate, "N:points", NOW));
                left = left.minus(rate.worthOf(points));
            }
        }
        if (random.nextBoolean() && left.isPositive()) {
            Money balance = Money.ofMinor(1 + random.nextLong(left.minorUnits()));
            tenders.add(Tender.settled(TenderType.BALANCE, balance, "N:balance", NOW));
            left = left.minus(balance);
        }
        boolean credit = random.nextInt(4) == 0;
        if (left.isPositive()) {
            tenders.add(credit ? Tender.settled(TenderType.CREDIT, left, "N:credit", NOW)
                    : Tender.unsettled(TenderType.ONLINE, left));
        }
        order.place(tenders, STAFF, NOW);
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            try {
                order.adjustPrice(Money.ofMinor(random.nextInt(4_001) - 2_000), Money.ofMinor(random.nextInt(601) - 300),
                        "议价", STAFF, NOW);
            } catch (DomainException refused) {
                // a change that would go below zero is refused; the order stays as it was
            }
        }
        order.unsettled(TenderType.ONLINE).ifPresent(online ->
                order.confirmOnlinePayment("pay-" + UUID.randomUUID(), online.amount(), STAFF, NOW));
        assertThat(order.fullyPaid()).isTrue();
        return order;
    }

    private static List<OrderLine> randomLines(Random random) {
        int count = 1 + random.nextInt(4);
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int quantity = 1 + random.nextInt(6);
            Money unit = Money.ofMinor(random.nextInt(50_000));
            Money goods = unit.times(quantity);
            Money promotion = Money.ofMinor(goods.minorUnits() == 0 ? 0 : random.nextLong(goods.minorUnits() + 1) / 4);
            Money coupon = Money.ofMinor(goods.minus(promotion).minorUnits() == 0 ? 0
                    : random.nextLong(goods.minus(promotion).minorUnits() + 1) / 3);
            lines.add(line(i, quantity, unit, goods, promotion, coupon));
        }
        return lines;
    }

    private static OrderLine line(int index, int quantity, Money unit, Money goods, Money promotion, Money coupon) {
        SkuDescription sku = new SkuDescription(new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()),
                "P" + index, "S" + index, List.of());
        return new OrderLine(index, sku, Optional.empty(), quantity, unit, UnitPrice.list(unit), goods, promotion,
                coupon, goods.minus(promotion).minus(coupon), List.of());
    }

    private static Order draft(List<OrderLine> lines, Money shipping) {
        Money goods = lines.stream().map(OrderLine::goodsAmount).reduce(Money.zero(), Money::plus);
        Money promotions = lines.stream().map(OrderLine::promotionDiscount).reduce(Money.zero(), Money::plus);
        Money coupons = lines.stream().map(OrderLine::couponDiscount).reduce(Money.zero(), Money::plus);
        OrderContents contents = new OrderContents(lines, goods, promotions, coupons, shipping, Optional.empty(),
                Delivery.express(Optional.empty(), new AddressDetails("张三", "13800000001", "上海市", "上海市", "浦东新区",
                        "世纪大道 100 号", Optional.empty())), Optional.empty(), Optional.empty(), Optional.empty());
        return Order.draft(new OrderId(UUID.randomUUID()), SHOP, "N", new OrderOrigin(new CustomerId(UUID.randomUUID()),
                        OrderSource.MOBILE_MALL, Optional.empty()), contents,
                new PaymentPlan(null, true, TenderType.ONLINE), OrderTimers.DEFAULT, Optional.empty(), STAFF, NOW);
    }

    /** A paid order of one line of two 50.00 units paid by these tenders (they must add up to 100.00). */
    static Order orderPaidBy(List<Tender> tenders) {
        Order order = draft(List.of(line(0, 2, Money.of("50.00"), Money.of("100.00"), Money.zero(), Money.zero())),
                Money.zero());
        order.place(tenders, STAFF, NOW);
        return order;
    }
}
