package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 003, 手动退款: the merchant settles with the customer offline and records it with a note; no
 * money moves through the system, but the order shows the refund. Cash on delivery is always
 * refunded that way.
 */
class ManualRefundScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture();
    private final Actor buyer = f.customer();
    private final SkuId lamp = f.sku("台灯", "60.00", 5);

    @Test
    void a_manual_refund_is_recorded_and_moves_no_money() {
        f.topUp(buyer, "20.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                line(lamp, 1));
        f.shipAll(order);
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(0, 1)));
        f.afterSales.approveWithReturn(f.staff, asked.id(), Optional.empty());
        f.afterSales.submitReturnShipment(buyer, asked.id(), "顺丰", "SF1");
        f.afterSales.markReturnReceived(f.staff, asked.id(), Optional.empty());
        assertThatThrownBy(() -> f.afterSales.recordManualRefund(f.staff, asked.id(), "", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_MANUAL_REFUND_NOTE_REQUIRED);

        AfterSale manual = f.afterSales.recordManualRefund(f.staff, asked.id(), "微信转账退款 60.00 元",
                Optional.empty());
        assertThat(manual.status()).isEqualTo(AfterSaleStatus.MANUALLY_REFUNDED);
        Refund refund = f.refundOf(manual);
        assertThat(refund.manual()).isTrue();
        assertThat(refund.amount()).isEqualTo(Money.of("60.00"));
        assertThat(refund.parts()).allSatisfy(p -> {
            assertThat(p.destination()).isEqualTo(RefundDestination.MANUAL);
            assertThat(p.status()).isEqualTo(RefundPartStatus.SUCCEEDED);
            assertThat(p.outcome()).contains("微信转账退款 60.00 元");
        });
        assertThat(f.balance(buyer)).isEqualTo(Money.zero());
        assertThat(f.gateway.refunds()).isEmpty();
        assertThat(f.order(order.id()).refunds().total()).isEqualTo(Money.of("60.00"));
        assertThat(f.afterSales.recordManualRefund(f.staff, asked.id(), "again", Optional.empty()).version())
                .isEqualTo(manual.version());
        assertThatThrownBy(() -> f.afterSales.refund(f.staff, asked.id(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_ALREADY_REFUNDED);
    }

    @Test
    void cash_on_delivery_is_refunded_by_hand_even_when_agreed() {
        Order cod = f.paidOrder(buyer, new PaymentPlan(Points.zero(), false, TenderType.COD), Optional.empty(),
                line(lamp, 2));
        f.shipAll(cod);
        f.orderPayments.settleCashOnDelivery(f.staff, cod.id(), "cash-1", Optional.empty());
        assertThat(f.order(cod.id()).fullyPaid()).isTrue();
        AfterSale asked = f.afterSales.request(buyer, f.request(cod, AfterSaleType.RETURN_AND_REFUND, units(0, 1)));
        AfterSale refunded = f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(f.refundOf(refunded).parts()).singleElement().satisfies(p -> {
            assertThat(p.tender()).isEqualTo(TenderType.COD);
            assertThat(p.destination()).isEqualTo(RefundDestination.MANUAL);
            assertThat(p.amount()).isEqualTo(Money.of("60.00"));
        });
        assertThat(f.order(cod.id()).status()).isEqualTo(OrderStatus.SHIPPED);
    }
}
