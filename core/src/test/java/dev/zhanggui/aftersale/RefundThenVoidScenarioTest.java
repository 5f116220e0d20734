package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A partial refund before shipping, then staff void the order: voiding gives back only what the
 * refund left — the wallet is never refunded twice, the stock never put back twice.
 */
class RefundThenVoidScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture();
    private final Actor buyer = f.customer();

    @Test
    void voiding_after_a_partial_refund_gives_back_only_the_rest() {
        f.topUp(buyer, "100.00");
        f.givePoints(buyer, 1_000);
        SkuId jar = f.sku("蜂蜜", "20.00", 10);
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.of(1_000), true, TenderType.ONLINE), Optional.empty(),
                line(jar, 4));
        // 80.00: 1000 points = 10.00, 70.00 balance
        assertThat(f.balance(buyer)).isEqualTo(Money.of("30.00"));
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY, units(0, 1)));
        f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        // 20.00: 2.50 of the points (250), 17.50 of the balance
        assertThat(f.balance(buyer)).isEqualTo(Money.of("47.50"));
        assertThat(f.points(buyer)).isEqualTo(Points.of(250));
        assertThat(f.onHand(jar)).isEqualTo(7);

        Order voided = f.orders.voidOrder(f.admin, order.id(), "客户电话取消", Optional.empty());
        assertThat(voided.status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(f.balance(buyer)).isEqualTo(Money.of("100.00"));
        assertThat(f.points(buyer)).isEqualTo(Points.of(1_000));
        assertThat(f.onHand(jar)).isEqualTo(10);
    }

    @Test
    void an_order_with_online_money_is_refunded_not_voided_so_the_money_never_stays_behind() {
        SkuId tea = f.sku("龙井", "30.00", 10);
        Order order = f.paidOnline(buyer, line(tea, 2));
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);

        assertThatThrownBy(() -> f.orders.voidOrder(f.admin, order.id(), "客户电话取消", Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORDER_VOID_PAID_ONLINE));
        assertThat(f.order(order.id()).status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(f.onHand(tea)).isEqualTo(8);

        AfterSale part = f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY, units(0, 1)));
        f.afterSales.refund(f.staff, part.id(), Optional.empty());
        assertThatThrownBy(() -> f.orders.voidOrder(f.admin, order.id(), "客户电话取消", Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORDER_VOID_PAID_ONLINE));

        AfterSale rest = f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY, units(0, 1)));
        f.afterSales.refund(f.staff, rest.id(), Optional.empty());
        assertThat(f.order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(f.onHand(tea)).isEqualTo(10);
    }
}
