package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.payment.PaymentPurpose;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Transactions;

/**
 * Paying an order online (在线支付): starts a gateway payment of the amount the order still owes
 * online. When the gateway confirms it, {@link OrderPaymentConfirmation} marks the order paid.
 */
public final class OrderOnlinePayment {
    private final OrderStore store;
    private final PaymentService payments;

    public OrderOnlinePayment(OrderRepository orders, CustomerService customers, PaymentService payments,
                              Transactions transactions, EventPublisher events) {
        this.store = new OrderStore(orders, customers, transactions, events);
        this.payments = payments;
    }

    /**
     * Starts the online payment of an order pending payment: the customer's own, or any for staff
     * (a payment code shown at the counter). Each call starts a new gateway payment; only the first
     * to be confirmed pays the order.
     */
    public StartedPayment start(Actor actor, OrderId id) {
        Order order = store.load(actor, id);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw new DomainException(ErrorCode.ORDER_INVALID_TRANSITION,
                    "An order in status " + order.status() + " cannot " + OrderAction.PAY);
        }
        Tender due = order.unsettled(TenderType.ONLINE).orElseThrow(() -> new DomainException(
                ErrorCode.ORDER_NOTHING_TO_SETTLE, "Order " + order.number() + " is not paid online"));
        return payments.start(actor, order.customer(), PaymentPurpose.ORDER, order.number(), due.amount(),
                "Order " + order.number(), payment -> { });
    }
}
