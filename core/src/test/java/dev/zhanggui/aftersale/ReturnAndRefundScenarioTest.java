package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003, 二、1 "已收货"状态下的退货退款: the customer received the goods and asks to return some;
 * the merchant approves with return (通过申请), the customer enters the return's tracking number,
 * staff mark the parcel received (the goods go back to stock), then agree to refund (同意退款).
 */
class ReturnAndRefundScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture("8.00", new DefaultRefundAllocationPolicy());
    private final Actor buyer = f.customer();
    private final SkuId kettle = f.sku("电水壶", "129.00", 5);
    private final SkuId filter = f.sku("滤芯", "15.00", 20);

    private Order receivedOrder() {
        f.topUp(buyer, "100.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                line(kettle, 1), line(filter, 3));
        f.shipAll(order);
        return f.fulfilment.confirmReceipt(buyer, order.id());
    }

    @Test
    void approve_then_tracking_then_received_then_refund() {
        Order order = receivedOrder();
        // 129.00 + 45.00 + 8.00 shipping = 182.00: 100.00 balance, 82.00 online
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(f.onHand(filter)).isEqualTo(17);

        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(1, 2)));
        AfterSale approved = f.afterSales.approveWithReturn(f.staff, asked.id(), Optional.of(asked.version()));
        assertThat(approved.status()).isEqualTo(AfterSaleStatus.AWAITING_RETURN);

        AfterSale sent = f.afterSales.submitReturnShipment(buyer, asked.id(), "中通", "ZT778899");
        assertThat(sent.status()).isEqualTo(AfterSaleStatus.RETURN_SHIPPED);
        assertThat(sent.returnShipment().orElseThrow().trackingNumber()).isEqualTo("ZT778899");
        assertThat(f.afterSales.submitReturnShipment(buyer, asked.id(), "中通", "ZT778899").version())
                .isEqualTo(sent.version());

        AfterSale received = f.afterSales.markReturnReceived(f.staff, asked.id(), Optional.of(sent.version()));
        assertThat(received.status()).isEqualTo(AfterSaleStatus.RETURN_RECEIVED);
        assertThat(f.onHand(filter)).isEqualTo(19);
        assertThat(f.afterSales.markReturnReceived(f.staff, asked.id(), Optional.empty()).version())
                .isEqualTo(received.version());
        assertThat(f.onHand(filter)).isEqualTo(19);

        AfterSale refunded = f.afterSales.refund(f.staff, asked.id(), Optional.of(received.version()));
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        Refund refund = f.refundOf(refunded);
        // two of three filters at 15.00, no shipping after shipping; split 100.00 : 82.00 of 30.00
        assertThat(refund.amount()).isEqualTo(Money.of("30.00"));
        assertThat(refund.shipping()).isEqualTo(Money.zero());
        assertThat(refund.allocations()).extracting(RefundAllocation::tender, RefundAllocation::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, Money.of("16.48")),
                        org.assertj.core.groups.Tuple.tuple(TenderType.ONLINE, Money.of("13.52")));
        assertThat(f.balance(buyer)).isEqualTo(Money.of("16.48"));
        assertThat(f.gateway.refunds()).singleElement().extracting(r -> r.refundFen()).isEqualTo(1352L);

        Order after = f.order(order.id());
        assertThat(after.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.refunds().total()).isEqualTo(Money.of("30.00"));
        assertThat(after.everyUnitRefunded()).isFalse();
        assertThat(refunded.events()).extracting(AfterSaleEvent::action).containsExactly(AfterSaleAction.REQUEST,
                AfterSaleAction.APPROVE_RETURN, AfterSaleAction.SUBMIT_RETURN_SHIPMENT,
                AfterSaleAction.MARK_RETURN_RECEIVED, AfterSaleAction.AGREE_REFUND, AfterSaleAction.COMPLETE_REFUND);
        assertThat(f.afterSales.one(buyer, asked.id()).events()).hasSize(6);
    }

    @Test
    void perishable_goods_never_go_back_to_stock() {
        f.afterSaleSettings.set(AfterSaleFixture.SHOP, new AfterSaleTerms(true, ReturnRestock.NEVER));
        Order order = receivedOrder();
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(1, 3)));
        f.afterSales.approveWithReturn(f.staff, asked.id(), Optional.empty());
        f.afterSales.submitReturnShipment(buyer, asked.id(), "中通", "ZT1");
        f.afterSales.markReturnReceived(f.staff, asked.id(), Optional.empty());
        assertThat(f.onHand(filter)).isEqualTo(17);
        assertThat(f.afterSales.refund(f.staff, asked.id(), Optional.empty()).status())
                .isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(f.onHand(filter)).isEqualTo(17);
    }

    @Test
    void agree_to_refund_without_the_goods_sent_back() {
        Order order = receivedOrder();
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(0, 1)));
        AfterSale refunded = f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(refunded.returnShipment()).isEmpty();
        assertThat(f.refundOf(refunded).amount()).isEqualTo(Money.of("129.00"));
        assertThat(f.onHand(kettle)).isEqualTo(4);
    }
}
