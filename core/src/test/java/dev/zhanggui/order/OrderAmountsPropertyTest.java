package dev.zhanggui.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.UnitPrice;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random orders and random sequences of price changes: the tenders always add up to the
 * total, nothing goes below zero, and the lines' paid amounts add up to the goods payable, each
 * within its line's share — what after-sales will refund from.
 */
class OrderAmountsPropertyTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private final Actor staff = Actor.staff(SHOP, "staff");

    @Test
    void tenders_add_up_and_line_amounts_add_up_after_any_price_changes() {
        Random random = new Random(20261123);
        for (int run = 0; run < 500; run++) {
            Order order = randomOrder(random);
            for (int change = 0; change < 4; change++) {
                Money goods = Money.ofMinor(random.nextInt(20_001) - 10_000);
                Money shipping = Money.ofMinor(random.nextInt(2_001) - 1_000);
                try {
                    order.adjustPrice(goods, shipping, "change " + change, staff, NOW);
                } catch (DomainException refused) {
                    // refused changes leave the order as it was; the invariants below still hold
                }
                Money tenders = order.tenders().stream().map(Tender::amount).reduce(Money.zero(), Money::plus);
                assertThat(tenders).isEqualTo(order.total());
                assertThat(order.goodsPayable().isNegative()).isFalse();
                assertThat(order.shippingPayable().isNegative()).isFalse();
                List<Money> paid = order.linePaidAmounts();
                assertThat(paid.stream().reduce(Money.zero(), Money::plus)).isEqualTo(order.goodsPayable());
                assertThat(paid).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
                if (order.status() != OrderStatus.PENDING_PAYMENT) {
                    assertThat(order.fullyPaid()).isTrue();
                    break;
                }
            }
        }
    }

    private Order randomOrder(Random random) {
        int lines = 1 + random.nextInt(5);
        List<OrderLine> orderLines = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int quantity = 1 + random.nextInt(5);
            Money unit = Money.ofMinor(random.nextInt(50_000));
            Money goods = unit.times(quantity);
            Money coupon = Money.ofMinor(goods.minorUnits() == 0 ? 0 : random.nextLong(goods.minorUnits() + 1) / 3);
            SkuDescription sku = new SkuDescription(new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()),
                    "P" + i, "S" + i, List.of());
            orderLines.add(new OrderLine(i, sku, Optional.empty(), quantity, unit, UnitPrice.list(unit), goods,
                    Money.zero(), coupon, goods.minus(coupon), List.of()));
        }
        Money goods = orderLines.stream().map(OrderLine::goodsAmount).reduce(Money.zero(), Money::plus);
        Money coupons = orderLines.stream().map(OrderLine::couponDiscount).reduce(Money.zero(), Money::plus);
        Money shipping = Money.ofMinor(random.nextInt(3_000));
        OrderContents contents = new OrderContents(orderLines, goods, Money.zero(), coupons, shipping,
                Optional.empty(), Delivery.express(Optional.empty(), OrderFixture.address("张三")), Optional.empty(),
                Optional.empty(), Optional.empty());
        Order order = Order.draft(new OrderId(UUID.randomUUID()), SHOP, "N", new OrderOrigin(
                        new CustomerId(UUID.randomUUID()), OrderSource.MOBILE_MALL, Optional.empty()), contents,
                new PaymentPlan(null, true, TenderType.ONLINE), OrderTimers.DEFAULT, Optional.empty(), staff, NOW);
        Money total = order.total();
        Money balance = Money.ofMinor(total.minorUnits() == 0 ? 0 : random.nextLong(total.minorUnits()));
        List<Tender> tenders = new ArrayList<>();
        if (balance.isPositive()) {
            tenders.add(Tender.settled(TenderType.BALANCE, balance, "N:balance", NOW));
        }
        tenders.add(Tender.unsettled(TenderType.ONLINE, total.minus(balance)));
        if (total.minus(balance).isZero()) {
            tenders.removeLast();
        }
        order.place(tenders, staff, NOW);
        return order;
    }
}
