package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every refusal of a request and of a step, with its stable code. */
class AfterSaleRefusalsTest {
    private final AfterSaleFixture f = new AfterSaleFixture();
    private final Actor buyer = f.customer();
    private final SkuId tea = f.sku("普洱", "30.00", 10);
    private final SkuId cup = f.sku("茶杯", "12.00", 10);

    private AfterSaleRequest ask(Order order, AfterSaleType type, String reason, List<AfterSaleLine> lines) {
        return new AfterSaleRequest(order.id(), type, lines, reason, Optional.empty(), List.of());
    }

    private void refused(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).extracting("code").isEqualTo(code);
    }

    @Test
    void a_request_needs_a_reason_from_the_list_a_type_and_sane_details() {
        Order order = f.paidOnline(buyer, line(tea, 2));
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, null, List.of())),
                ErrorCode.AFTERSALE_REASON_REQUIRED);
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, " ", List.of())),
                ErrorCode.AFTERSALE_REASON_REQUIRED);
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "BORED", List.of())),
                ErrorCode.AFTERSALE_REASON_UNKNOWN);
        refused(() -> f.afterSales.request(buyer, ask(order, null, "OTHER", List.of())), ErrorCode.AFTERSALE_INVALID);
        refused(() -> f.afterSales.request(buyer, new AfterSaleRequest(order.id(), AfterSaleType.REFUND_ONLY,
                List.of(), "OTHER", Optional.of("x".repeat(501)), List.of())), ErrorCode.AFTERSALE_INVALID);
        refused(() -> f.afterSales.request(buyer, new AfterSaleRequest(order.id(), AfterSaleType.REFUND_ONLY,
                List.of(), "OTHER", Optional.empty(), List.of("http://img/1.jpg"))), ErrorCode.AFTERSALE_INVALID);
        refused(() -> f.afterSales.request(buyer, new AfterSaleRequest(order.id(), AfterSaleType.REFUND_ONLY,
                List.of(), "OTHER", Optional.empty(), java.util.Collections.nCopies(10, "https://img/1.jpg"))),
                ErrorCode.AFTERSALE_INVALID);

        f.reasons.set(AfterSaleFixture.SHOP, List.of(new AfterSaleReason("DUD", "坏了", "Broken")));
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER", List.of())),
                ErrorCode.AFTERSALE_REASON_UNKNOWN);
        assertThat(f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "DUD", List.of())).reason()
                .name()).isEqualTo("坏了");
        refused(() -> f.reasons.set(AfterSaleFixture.SHOP, List.of()), ErrorCode.AFTERSALE_SETTINGS_INVALID);
    }

    @Test
    void lines_must_be_the_orders_once_each_and_within_what_is_left() {
        Order order = f.paidOnline(buyer, line(tea, 2), line(cup, 1));
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER",
                List.of(units(7, 1)))), ErrorCode.AFTERSALE_LINES_INVALID);
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER",
                List.of(units(0, 1), units(0, 1)))), ErrorCode.AFTERSALE_LINES_INVALID);
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER",
                List.of(units(0, 0)))), ErrorCode.AFTERSALE_LINES_INVALID);
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER",
                List.of(units(0, 3)))), ErrorCode.AFTERSALE_QUANTITY_EXCEEDED);

        AfterSale one = f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER", List.of(units(0, 1))));
        f.afterSales.refund(f.staff, one.id(), Optional.empty());
        refused(() -> f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER",
                List.of(units(0, 2)))), ErrorCode.AFTERSALE_QUANTITY_EXCEEDED);
        AfterSale rest = f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY,
                "OTHER"));
        assertThat(rest.lines()).containsExactly(units(0, 1), units(1, 1));
        refused(() -> f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY,
                "OTHER")), ErrorCode.AFTERSALE_QUANTITY_EXCEEDED);
    }

    @Test
    void the_order_must_be_paid_standing_and_fit_the_type() {
        Order unpaid = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(line(tea, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        refused(() -> f.afterSales.request(buyer, ask(unpaid, AfterSaleType.REFUND_ONLY, "OTHER", List.of())),
                ErrorCode.AFTERSALE_ORDER_NOT_ELIGIBLE);
        Order paid = f.paidOnline(buyer, line(tea, 1));
        refused(() -> f.afterSales.request(buyer, ask(paid, AfterSaleType.RETURN_AND_REFUND, "OTHER", List.of())),
                ErrorCode.AFTERSALE_TYPE_NOT_ALLOWED);
        refused(() -> f.afterSales.request(f.customer(), ask(paid, AfterSaleType.REFUND_ONLY, "OTHER", List.of())),
                ErrorCode.ORDER_NOT_FOUND);
        refused(() -> f.afterSales.request(f.staff, ask(paid, AfterSaleType.REFUND_ONLY, "OTHER", List.of())),
                ErrorCode.FORBIDDEN);
        f.shipAll(paid);
        f.fulfilment.confirmReceipt(buyer, paid.id());
        refused(() -> f.afterSales.request(buyer, ask(paid, AfterSaleType.REFUND_ONLY, "OTHER", List.of())),
                ErrorCode.AFTERSALE_TYPE_NOT_ALLOWED);
        Actor newcomer = f.customer();
        Order cod = f.shipAll(f.paidOrder(newcomer, new PaymentPlan(Points.zero(), false, TenderType.COD),
                Optional.empty(), line(cup, 1)));
        refused(() -> f.afterSales.request(newcomer, ask(cod, AfterSaleType.RETURN_AND_REFUND, "OTHER", List.of())),
                ErrorCode.AFTERSALE_ORDER_NOT_ELIGIBLE);
    }

    @Test
    void steps_are_vetoed_with_their_codes() {
        Order order = f.shipAll(f.paidOnline(buyer, line(tea, 2)));
        AfterSale refundOnly = f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER",
                List.of(units(0, 1))));
        refused(() -> f.afterSales.approveWithReturn(f.staff, refundOnly.id(), Optional.empty()),
                ErrorCode.AFTERSALE_RETURN_NOT_EXPECTED);
        refused(() -> f.afterSales.submitReturnShipment(buyer, refundOnly.id(), "顺丰", "SF1"),
                ErrorCode.AFTERSALE_INVALID_TRANSITION);
        refused(() -> f.afterSales.approveWithReturn(buyer, refundOnly.id(), Optional.empty()), ErrorCode.FORBIDDEN);
        refused(() -> f.afterSales.withdraw(f.staff, refundOnly.id()), ErrorCode.FORBIDDEN);
        refused(() -> f.afterSales.one(f.customer(), refundOnly.id()), ErrorCode.AFTERSALE_NOT_FOUND);
        refused(() -> f.afterSales.reject(f.staff, refundOnly.id(), "no", Optional.of(99L)),
                ErrorCode.VERSION_MISMATCH);
        assertThat(f.afterSales.withdraw(buyer, refundOnly.id()).status()).isEqualTo(AfterSaleStatus.WITHDRAWN);
        refused(() -> f.afterSales.refund(f.staff, refundOnly.id(), Optional.empty()),
                ErrorCode.AFTERSALE_INVALID_TRANSITION);

        AfterSale ret = f.afterSales.request(buyer, ask(order, AfterSaleType.RETURN_AND_REFUND, "OTHER",
                List.of(units(0, 2))));
        f.afterSales.approveWithReturn(f.staff, ret.id(), Optional.empty());
        refused(() -> f.afterSales.submitReturnShipment(buyer, ret.id(), "顺丰", " "),
                ErrorCode.AFTERSALE_RETURN_SHIPMENT_INVALID);
        refused(() -> f.afterSales.submitReturnShipment(buyer, ret.id(), "顺丰", "x".repeat(65)),
                ErrorCode.AFTERSALE_RETURN_SHIPMENT_INVALID);
        refused(() -> f.afterSales.refund(f.staff, ret.id(), Optional.empty()), ErrorCode.AFTERSALE_INVALID_TRANSITION);
        f.afterSales.submitReturnShipment(buyer, ret.id(), "顺丰", "SF1");
        assertThat(f.afterSales.submitReturnShipment(buyer, ret.id(), "顺丰", "SF2").returnShipment().orElseThrow()
                .trackingNumber()).isEqualTo("SF2");
        refused(() -> f.afterSales.withdraw(buyer, ret.id()), ErrorCode.AFTERSALE_INVALID_TRANSITION);
        refused(() -> f.afterSales.reject(f.staff, ret.id(), "在途", Optional.empty()),
                ErrorCode.AFTERSALE_INVALID_TRANSITION);
        assertThat(f.afterSales.list(f.staff, AfterSaleFilter.status(AfterSaleStatus.RETURN_SHIPPED),
                dev.zhanggui.shared.PageRequest.first(10)).items()).extracting(AfterSale::id).containsExactly(ret.id());
        refused(() -> f.afterSales.list(buyer, AfterSaleFilter.ALL, dev.zhanggui.shared.PageRequest.first(10)),
                ErrorCode.FORBIDDEN);
    }

    @Test
    void a_request_whose_order_was_voided_meanwhile_cannot_be_refunded_and_stays_as_it_was() {
        f.topUp(buyer, "100.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                line(tea, 1));
        AfterSale asked = f.afterSales.request(buyer, ask(order, AfterSaleType.REFUND_ONLY, "OTHER", List.of()));
        f.orders.voidOrder(f.admin, order.id(), "缺货", Optional.empty());
        refused(() -> f.afterSales.refund(f.staff, asked.id(), Optional.empty()), ErrorCode.ORDER_INVALID_TRANSITION);
        assertThat(f.afterSales.one(f.staff, asked.id()).status()).isEqualTo(AfterSaleStatus.REQUESTED);
        assertThat(f.afterSales.reject(f.staff, asked.id(), "订单已作废", Optional.empty()).status())
                .isEqualTo(AfterSaleStatus.REJECTED);
    }
}
