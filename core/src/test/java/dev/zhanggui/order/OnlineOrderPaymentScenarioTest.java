package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.PaymentStatus;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.payment.inmemory.InMemoryPaymentGateway;
import dev.zhanggui.payment.inmemory.InMemoryPaymentRepository;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An order paid online through the payment gateway (在线支付): balance first, the rest started as a
 * gateway payment for exactly the amount due online; the verified notification pays the order once,
 * in the same unit of work as the payment.
 */
class OnlineOrderPaymentScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final OnlinePaymentFixture p = new OnlinePaymentFixture(f);
    private final InMemoryPaymentGateway gateway = p.gateway;
    private final InMemoryPaymentRepository paymentRepository = p.paymentRepository;
    private final PaymentService paymentService = p.paymentService;
    private final OrderOnlinePayment online = p.online;
    private final Actor buyer = f.customer();

    @Test
    void balance_first_then_the_gateway_pays_the_rest_once() {
        SkuId tea = f.sku("龙井 250g", "88.00", 5);
        f.topUp(buyer, "30.00");
        Order order = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(tea, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE)));
        assertThat(order.amountDue()).isEqualTo(Money.of("58.00"));

        StartedPayment started = online.start(buyer, order.id());
        assertThat(started.payment().amount()).isEqualTo(Money.of("58.00"));
        assertThat(started.payment().reference()).isEqualTo(order.number());
        assertThat(started.intent().outTradeNo()).isEqualTo(started.payment().outTradeNo());

        Map.Entry<String, Map<String, String>> notice = gateway.notificationOf(started.payment().outTradeNo(), 5800,
                OrderFixture.NOW);
        paymentService.confirm("sandbox", notice.getKey(), notice.getValue());
        paymentService.confirm("sandbox", notice.getKey(), notice.getValue());

        Order paid = f.orders.order(buyer, order.id());
        assertThat(paid.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(paid.fullyPaid()).isTrue();
        assertThat(paid.tenders()).filteredOn(t -> t.type() == TenderType.ONLINE).singleElement()
                .satisfies(t -> assertThat(t.reference()).contains(started.payment().id().toString()));
        assertThat(paymentRepository.find(OrderFixture.SHOP, started.payment().id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PAID);
        assertThat(f.orders.events(buyer, order.id())).extracting(OrderEvent::action)
                .containsExactly(OrderAction.PLACE, OrderAction.PAY);
        assertThatThrownBy(() -> online.start(buyer, order.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
        // placing and paying are both published, for the listeners (rewards, sales counts, notifications)
        assertThat(f.events.eventsOf(OrderChanged.class)).filteredOn(e -> e.order().equals(order.id()))
                .extracting(e -> e.event().action()).containsExactly(OrderAction.PLACE, OrderAction.PAY);
    }

    @Test
    void only_orders_due_online_and_only_ones_own_can_be_paid_online() {
        SkuId tea = f.sku("龙井 250g", "88.00", 5);
        Order transfer = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(tea, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), false, TenderType.OFFLINE_TRANSFER)));
        assertThatThrownBy(() -> online.start(buyer, transfer.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOTHING_TO_SETTLE);
        Order mine = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(tea, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        assertThatThrownBy(() -> online.start(f.customer(), mine.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOT_FOUND);
        assertThat(online.start(f.cashier, mine.id()).payment().amount()).isEqualTo(Money.of("88.00"));
    }
}
