package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 003, 二、2 "待收货"状态下: shipped, not received. Refund only when the merchant intercepts the
 * parcel (同意退款, 无需客户寄回); a parcel that cannot be intercepted is refused by the customer and
 * comes back, a return and refund the merchant marks received without a tracking number.
 */
class InterceptedParcelScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture("10.00", new DefaultRefundAllocationPolicy());
    private final Actor buyer = f.customer();
    private final SkuId rice = f.sku("五常大米 5kg", "79.00", 10);

    @Test
    void an_intercepted_parcel_is_refunded_without_return_and_comes_back_to_stock() {
        Order order = f.shipAll(f.paidOnline(buyer, line(rice, 2)));
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY, units(0, 2)));
        AfterSale refunded = f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        Refund refund = f.refundOf(refunded);
        // shipping is not refunded once the parcel left
        assertThat(refund.amount()).isEqualTo(Money.of("158.00"));
        assertThat(refund.lines()).singleElement().satisfies(l -> assertThat(l.shipped()).isTrue());
        assertThat(f.onHand(rice)).isEqualTo(10);
        Order after = f.order(order.id());
        assertThat(after.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(after.everyUnitRefunded()).isTrue();
        assertThatThrownBy(() -> f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(),
                AfterSaleType.REFUND_ONLY, "OTHER"))).extracting("code")
                .isEqualTo(ErrorCode.AFTERSALE_ORDER_NOT_ELIGIBLE);
    }

    @Test
    void a_refused_parcel_comes_back_and_is_received_without_tracking() {
        Order order = f.shipAll(f.paidOnline(buyer, line(rice, 1)));
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.RETURN_AND_REFUND, units(0, 1)));
        f.afterSales.approveWithReturn(f.staff, asked.id(), Optional.empty());
        AfterSale received = f.afterSales.markReturnReceived(f.staff, asked.id(), Optional.empty());
        assertThat(received.status()).isEqualTo(AfterSaleStatus.RETURN_RECEIVED);
        assertThat(received.returnShipment()).isEmpty();
        assertThat(f.onHand(rice)).isEqualTo(10);
        assertThat(f.afterSales.refund(f.staff, asked.id(), Optional.empty()).status())
                .isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(f.refundRepository.ofOrder(AfterSaleFixture.SHOP, order.id())).singleElement()
                .extracting(Refund::amount).isEqualTo(Money.of("79.00"));
    }
}
