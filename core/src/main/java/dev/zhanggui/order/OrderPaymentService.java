package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Paying an order after checkout: the payment gateway's confirmation (exactly once, amount
 * checked), the customer's report of an offline transfer, staff recording payment received
 * (transfer arrived, cash taken, 代客确认收款), and settling a cash-on-delivery order after delivery.
 * Once paid, the reserved coupon is consumed.
 */
public final class OrderPaymentService {
    private final OrderStore store;
    private final OrderRepository orders;
    private final OrderHoldings holdings;
    private final Transactions transactions;
    private final Clock clock;

    public OrderPaymentService(OrderRepository orders, CustomerService customers, OrderHoldings holdings,
                               Transactions transactions, EventPublisher events, Clock clock) {
        this.store = new OrderStore(orders, customers, transactions, events);
        this.orders = orders;
        this.holdings = holdings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The use case the payment context calls when the gateway confirms an online payment. The same
     * payment reference again is answered with {@code applied = false} and changes nothing.
     */
    public PaymentConfirmation confirmOnlinePayment(Actor actor, OrderId id, String paymentReference, Money amount) {
        OrderAccess.requireStaff(actor);
        requireReference(paymentReference);
        Instant now = clock.instant();
        boolean[] applied = new boolean[1];
        Order order = store.change(actor, id, Optional.empty(), o -> {
            applied[0] = o.confirmOnlinePayment(paymentReference, amount, actor, now);
            if (applied[0]) {
                holdings.paid(o);
            }
        });
        return new PaymentConfirmation(order, applied[0]);
    }

    /** The same, for a gateway that knows the order by its number (out_trade_no). */
    public PaymentConfirmation confirmOnlinePaymentByNumber(Actor actor, String number, String paymentReference,
                                                            Money amount) {
        OrderAccess.requireStaff(actor);
        OrderId id = transactions.inTransaction(() -> orders.findByNumber(actor.merchant(), number))
                .map(Order::id)
                .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + number));
        return confirmOnlinePayment(actor, id, paymentReference, amount);
    }

    /**
     * The use case the payment context calls when the gateway confirms a payment for an order (by its
     * number): the order, locked against the close job and concurrent changes, takes it; or, closed,
     * voided, paid otherwise or repriced meanwhile, it can no longer take it, records that the money
     * goes back to the payer (an order message; it stays where it is) and returns why, for the
     * payment context to refund it. So a payment racing the close job either pays the order or is
     * refunded, never both.
     */
    public Optional<LatePaymentReason> takeOnlinePayment(Actor actor, String number, String paymentReference,
                                                         Money amount) {
        OrderAccess.requireStaff(actor);
        requireReference(paymentReference);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Order order = orders.lockByNumber(actor.merchant(), number)
                    .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + number));
            Optional<LatePaymentReason> late = order.whyNotPayableOnline(paymentReference, amount);
            store.store(order, o -> {
                if (late.isPresent()) {
                    o.refundLatePayment(paymentReference, amount, late.get(), actor, now);
                } else if (o.confirmOnlinePayment(paymentReference, amount, actor, now)) {
                    holdings.paid(o);
                }
            });
            return late;
        });
    }

    /** The customer reports the offline transfer they made (线下转账): date and account. */
    public Order reportTransfer(Actor actor, OrderId id, LocalDate transferDate, String account) {
        OrderAccess.requireCustomer(actor);
        if (transferDate == null || account == null || account.isBlank() || account.length() > 100) {
            throw DomainException.invalidField("account", ErrorCode.ORDER_INVALID,
                    "A transfer report names the date and the account (1 to 100 characters)");
        }
        Instant now = clock.instant();
        return store.change(actor, id, Optional.empty(),
                o -> o.reportTransfer(new TransferReport(transferDate, account.strip(), now), actor, now));
    }

    /** Staff record that the rest of an unpaid order was received (确认收款): a transfer arrived, cash was taken. */
    public Order recordPayment(Actor actor, OrderId id, String reference, Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        String ref = reference == null || reference.isBlank() ? "staff:" + actor.subject() : reference.strip();
        return store.change(actor, id, expectedVersion, o -> {
            o.recordPayment(ref, actor, now);
            holdings.paid(o);
        });
    }

    /** Staff settle a cash-on-delivery order after delivery (货到付款的订单要做付款). */
    public Order settleCashOnDelivery(Actor actor, OrderId id, String reference, Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        String ref = reference == null || reference.isBlank() ? "cod:" + actor.subject() : reference.strip();
        return store.change(actor, id, expectedVersion, o -> o.settleCashOnDelivery(ref, actor, now));
    }

    private static void requireReference(String paymentReference) {
        if (paymentReference == null || paymentReference.isBlank() || paymentReference.length() > 100) {
            throw DomainException.invalidField("paymentReference", ErrorCode.ORDER_INVALID,
                    "The payment reference is 1 to 100 characters");
        }
    }
}
