package dev.zhanggui.order;

import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.inmemory.InMemoryPaymentGateway;
import dev.zhanggui.payment.inmemory.InMemoryPaymentRepository;

import java.util.List;

/** The payment context wired to an {@link OrderFixture}'s orders: an in-memory gateway named sandbox. */
final class OnlinePaymentFixture {
    final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway("sandbox", "secret");
    final InMemoryPaymentRepository paymentRepository = new InMemoryPaymentRepository();
    final PaymentService paymentService;
    final OrderOnlinePayment online;

    OnlinePaymentFixture(OrderFixture f) {
        paymentService = new PaymentService(paymentRepository, List.of(gateway),
                List.of(new OrderPaymentConfirmation(f.payments)), "sandbox", g -> "https://shop.example/notify/" + g,
                f.transactions, f.ids, f.clock);
        online = new OrderOnlinePayment(f.orderRepository, f.customers, paymentService, f.transactions, f.events);
    }
}
