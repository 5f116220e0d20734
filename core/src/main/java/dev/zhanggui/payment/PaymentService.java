package dev.zhanggui.payment;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Online payments (在线支付), for any purpose: start one at a gateway, and confirm it from the
 * gateway's verified notification exactly once, then hand it to the purpose's handler in the same
 * unit of work. A notification whose amount differs from the payment's is refused and recorded.
 * A payment its purpose declines (paid for an order closed meanwhile) is kept as paid and refunded
 * whole to the payer ({@link DeclinedPayments}), so the gateway's notification is still answered.
 */
public final class PaymentService {
    /** The largest single payment: one hundred million yuan. */
    static final Money MAX_AMOUNT = Money.of("100000000.00");
    static final int MAX_DESCRIPTION = 127;

    private final PaymentRepository payments;
    private final Map<String, PaymentGateway> gateways;
    private final Map<PaymentPurpose, PaymentConfirmationHandler> handlers = new EnumMap<>(PaymentPurpose.class);
    private final String defaultGateway;
    /** A gateway's refund notify URL is its payment notify URL and this. */
    public static final String REFUND_NOTIFY_SUFFIX = "/refunds";

    private final Function<String, String> notifyUrls;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final DeclinedPayments declined;

    /**
     * @param defaultGateway the gateway new payments use
     * @param notifyUrls     the notify URL of a gateway, by its name
     */
    public PaymentService(PaymentRepository payments, Collection<PaymentGateway> gateways,
                          Collection<PaymentConfirmationHandler> handlers, String defaultGateway,
                          Function<String, String> notifyUrls, Transactions transactions, IdGenerator ids,
                          Clock clock) {
        this.payments = payments;
        this.gateways = gateways.stream().collect(Collectors.toUnmodifiableMap(PaymentGateway::name, g -> g));
        handlers.forEach(h -> {
            if (this.handlers.put(h.purpose(), h) != null) {
                throw new IllegalArgumentException("two confirmation handlers for " + h.purpose());
            }
        });
        if (!this.gateways.containsKey(defaultGateway)) {
            throw new IllegalArgumentException("no payment gateway " + defaultGateway);
        }
        this.defaultGateway = defaultGateway;
        this.notifyUrls = notifyUrls;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.declined = new DeclinedPayments(payments, this::gateway, notifyUrls, clock);
    }

    /**
     * Starts a payment at the default gateway. {@code beforeGateway} runs in the unit of work that
     * stores the payment (the purpose stores what it pays for); the gateway is called after it commits.
     */
    public StartedPayment start(Actor actor, CustomerId payer, PaymentPurpose purpose, String reference,
                                Money amount, String description, Consumer<Payment> beforeGateway) {
        Money checked = requireAmount(amount);
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw DomainException.invalidField("description", ErrorCode.VALIDATION_FAILED,
                    "The description must be 1 to " + MAX_DESCRIPTION + " characters");
        }
        PaymentGateway gateway = gateways.get(defaultGateway);
        Payment payment = Payment.start(new PaymentId(ids.newId()), actor.merchant(), payer, purpose, reference,
                checked, gateway.name(), now());
        transactions.run(() -> {
            payments.add(payment);
            beforeGateway.accept(payment);
        });
        PaymentIntent intent = gateway.create(new PaymentRequest(actor.merchant(), payment.outTradeNo(),
                checked.minorUnits(), description, notifyUrls.apply(gateway.name()), actor.subject()));
        return new StartedPayment(payment, intent);
    }

    /**
     * Receives a gateway's notification: verifies it (a bad signature changes nothing), then marks
     * the payment paid once and runs its purpose's handler in the same unit of work. A repeated
     * notification finds it paid and does nothing; a wrong amount is refused and recorded.
     */
    public PaymentConfirmation confirm(String gatewayName, String body, Map<String, String> headers) {
        PaymentGateway gateway = gateway(gatewayName);
        PaymentNotification notification = gateway.verify(body == null ? "" : body, headers);
        return transactions.inTransaction(() -> {
            Payment payment = payments.findByOutTradeNo(notification.outTradeNo())
                    .filter(p -> p.gateway().equals(gateway.name()))
                    .orElseThrow(() -> new DomainException(ErrorCode.PAYMENT_NOT_FOUND,
                            "No payment " + notification.outTradeNo()));
            if (!payment.amountMatches(notification.amountFen())) {
                return refuse(payment, notification, PaymentNotice.Outcome.AMOUNT_MISMATCH,
                        ErrorCode.PAYMENT_AMOUNT_MISMATCH, "The notification says "
                                + Money.ofMinor(notification.amountFen()) + ", the payment is " + payment.amount());
            }
            if (payments.markPaid(payment.id(), notification.gatewayTradeNo(), notification.paidAt())) {
                Payment paid = payment.paid(notification.gatewayTradeNo(), notification.paidAt());
                PaymentHandling handling = handler(paid.purpose()).paid(paid);
                if (!handling.isTaken()) {
                    record(paid, notification, PaymentNotice.Outcome.DECLINED);
                    return declined.refund(paid, handling);
                }
                record(paid, notification, PaymentNotice.Outcome.CONFIRMED);
                return new PaymentConfirmation(paid, PaymentNotice.Outcome.CONFIRMED, Optional.empty(), "Paid");
            }
            Payment current = payments.findByOutTradeNo(notification.outTradeNo()).orElseThrow();
            if (current.status() == PaymentStatus.PAID || current.status() == PaymentStatus.REFUNDED) {
                record(current, notification, PaymentNotice.Outcome.REPEATED);
                return declined.retry(current).orElseGet(() -> new PaymentConfirmation(current,
                        PaymentNotice.Outcome.REPEATED, Optional.empty(), "Confirmed before"));
            }
            return refuse(current, notification, PaymentNotice.Outcome.NOT_PENDING, ErrorCode.PAYMENT_NOT_PENDING,
                    "The payment is " + current.status());
        });
    }

    /**
     * Refunds (part of) a paid payment at the gateway that took it (申请退款), for after-sales.
     * {@code outRefundNo} names the refund at the gateway: asking again with the same number asks for
     * the same refund, which a gateway never pays twice, so a refund that failed or timed out is
     * retried with it. More than the payment's amount, or a payment not paid, is refused.
     */
    public RefundReceipt refund(MerchantId merchant, PaymentId id, String outRefundNo, Money amount, String reason) {
        Payment payment = transactions.inTransaction(() -> payments.find(merchant, id))
                .orElseThrow(() -> new DomainException(ErrorCode.PAYMENT_NOT_FOUND, "No payment " + id));
        if (payment.status() != PaymentStatus.PAID) {
            throw new DomainException(ErrorCode.REFUND_GATEWAY_FAILED, "Payment " + id + " is " + payment.status());
        }
        if (amount == null || !amount.isPositive() || amount.isGreaterThan(payment.amount())) {
            throw DomainException.invalidField("amount", ErrorCode.PAYMENT_AMOUNT_INVALID,
                    "A refund of payment " + id + " is 0.01 to " + payment.amount());
        }
        PaymentGateway gateway = gateway(payment.gateway());
        return gateway.refund(new RefundRequest(payment.outTradeNo(), outRefundNo, amount.minorUnits(),
                payment.amount().minorUnits(), reason, notifyUrls.apply(gateway.name()) + REFUND_NOTIFY_SUFFIX));
    }

    /**
     * Verifies and reads a gateway's refund notification (a bad signature changes nothing:
     * {@code PAYMENT_SIGNATURE_INVALID}); after-sales applies it to the refund it names.
     */
    public RefundNotification verifyRefund(String gatewayName, String body, Map<String, String> headers) {
        return gateway(gatewayName).verifyRefund(body == null ? "" : body, headers);
    }

    /** A payment of the caller: their own as a customer, any of the merchant's as staff. */
    public Payment payment(Actor actor, PaymentId id, Optional<CustomerId> me) {
        Payment payment = transactions.inTransaction(() -> payments.find(actor.merchant(), id))
                .filter(p -> actor.actsForMerchant() || me.filter(p.payer()::equals).isPresent())
                .orElseThrow(() -> new DomainException(ErrorCode.PAYMENT_NOT_FOUND, "No payment " + id));
        return payment;
    }

    public List<PaymentNotice> notices(Actor actor, PaymentId id) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
        return transactions.inTransaction(() -> payments.notices(actor.merchant(), id));
    }

    /** The payment's refund, if its purpose declined it: why, and how far the refund got. */
    public Optional<PaymentRefund> refundOf(Actor actor, PaymentId id) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
        return transactions.inTransaction(() -> payments.refundOf(actor.merchant(), id));
    }

    private PaymentGateway gateway(String name) {
        return Optional.ofNullable(gateways.get(name)).orElseThrow(
                () -> new DomainException(ErrorCode.PAYMENT_GATEWAY_UNKNOWN, "No payment gateway " + name));
    }

    private PaymentConfirmation refuse(Payment payment, PaymentNotification notification,
                                       PaymentNotice.Outcome outcome, ErrorCode code, String message) {
        record(payment, notification, outcome);
        return new PaymentConfirmation(payment, outcome, Optional.of(code), message);
    }

    private void record(Payment payment, PaymentNotification notification, PaymentNotice.Outcome outcome) {
        payments.recordNotice(new PaymentNotice(ids.newId(), payment.merchant(), payment.id(), notification.gateway(),
                notification.gatewayTradeNo(), notification.amountFen(), outcome, now()));
    }

    private PaymentConfirmationHandler handler(PaymentPurpose purpose) {
        return Optional.ofNullable(handlers.get(purpose)).orElseThrow(
                () -> new IllegalStateException("no confirmation handler for " + purpose + " payments"));
    }

    private static Money requireAmount(Money amount) {
        if (amount == null || !amount.hasCurrency(Money.CNY) || !amount.isPositive()
                || amount.isGreaterThan(MAX_AMOUNT)) {
            throw DomainException.invalidField("amount", ErrorCode.PAYMENT_AMOUNT_INVALID,
                    "The amount must be a positive CNY amount of at most " + MAX_AMOUNT);
        }
        return amount;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
