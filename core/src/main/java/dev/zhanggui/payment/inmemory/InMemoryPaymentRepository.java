package dev.zhanggui.payment.inmemory;

import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentNotice;
import dev.zhanggui.payment.PaymentRefund;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.payment.PaymentStatus;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments, their notices and the refunds of declined ones in memory. */
public final class InMemoryPaymentRepository implements PaymentRepository {
    private final Map<PaymentId, Payment> payments = new LinkedHashMap<>();
    private final List<PaymentNotice> notices = new ArrayList<>();
    private final Map<PaymentId, PaymentRefund> refunds = new LinkedHashMap<>();

    @Override
    public synchronized void add(Payment payment) {
        if (payments.putIfAbsent(payment.id(), payment) != null) {
            throw new IllegalStateException("payment " + payment.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<Payment> find(MerchantId merchant, PaymentId id) {
        return Optional.ofNullable(payments.get(id)).filter(p -> p.merchant().equals(merchant));
    }

    @Override
    public synchronized Optional<Payment> findByOutTradeNo(String outTradeNo) {
        return payments.values().stream().filter(p -> p.outTradeNo().equals(outTradeNo)).findFirst();
    }

    @Override
    public synchronized boolean markPaid(PaymentId id, String gatewayTradeNo, Instant paidAt) {
        Payment payment = payments.get(id);
        if (payment == null || payment.status() != PaymentStatus.PENDING) {
            return false;
        }
        payments.put(id, payment.paid(gatewayTradeNo, paidAt));
        return true;
    }

    @Override
    public synchronized void recordNotice(PaymentNotice notice) {
        notices.add(notice);
    }

    @Override
    public synchronized List<PaymentNotice> notices(MerchantId merchant, PaymentId payment) {
        return notices.stream().filter(n -> n.merchant().equals(merchant) && n.payment().equals(payment)).toList();
    }

    @Override
    public synchronized boolean markRefunded(PaymentId id) {
        Payment payment = payments.get(id);
        if (payment == null || payment.status() != PaymentStatus.PAID) {
            return false;
        }
        payments.put(id, payment.refunded());
        return true;
    }

    @Override
    public synchronized void addRefund(PaymentRefund refund) {
        if (refunds.putIfAbsent(refund.payment(), refund) != null) {
            throw new IllegalStateException("payment " + refund.payment() + " has a refund");
        }
    }

    @Override
    public synchronized void updateRefund(PaymentRefund refund) {
        if (refunds.replace(refund.payment(), refund) == null) {
            throw new IllegalStateException("payment " + refund.payment() + " has no refund");
        }
    }

    @Override
    public synchronized Optional<PaymentRefund> refundOf(MerchantId merchant, PaymentId payment) {
        return Optional.ofNullable(refunds.get(payment)).filter(r -> r.merchant().equals(merchant));
    }
}
