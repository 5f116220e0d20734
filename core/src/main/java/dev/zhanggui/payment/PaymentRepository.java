package dev.zhanggui.payment;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: online payments and the notices received for them. */
public interface PaymentRepository {
    void add(Payment payment);

    Optional<Payment> find(MerchantId merchant, PaymentId id);

    /**
     * The payment a gateway notification names. Not confined to a merchant: a gateway's
     * notification carries no tenant, and out trade numbers are unique across merchants.
     */
    Optional<Payment> findByOutTradeNo(String outTradeNo);

    /**
     * Marks the payment paid if, and only if, it is still PENDING (one conditional update), so
     * that concurrent or repeated notifications confirm it once.
     *
     * @return whether this call changed it
     */
    boolean markPaid(PaymentId id, String gatewayTradeNo, Instant paidAt);

    void recordNotice(PaymentNotice notice);

    List<PaymentNotice> notices(MerchantId merchant, PaymentId payment);

    /** Marks a PAID payment REFUNDED (one conditional update); returns whether this call changed it. */
    boolean markRefunded(PaymentId id);

    /** Records the refund of a declined payment; at most one per payment. */
    void addRefund(PaymentRefund refund);

    /** Stores the newer state of a payment's refund. */
    void updateRefund(PaymentRefund refund);

    Optional<PaymentRefund> refundOf(MerchantId merchant, PaymentId payment);
}
