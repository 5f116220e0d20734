package dev.zhanggui.payment;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * An online payment (在线支付) through a gateway: what it is for (a top-up, an order) and the
 * reference of that thing, the amount, and its status. It is PENDING until a verified
 * notification of the same amount confirms it, exactly once, as PAID.
 *
 * @param reference what the purpose calls the paid thing (a top-up's id, an order number)
 */
public record Payment(PaymentId id, MerchantId merchant, CustomerId payer, PaymentPurpose purpose, String reference,
                      Money amount, String gateway, PaymentStatus status, Optional<String> gatewayTradeNo,
                      Instant createdAt, Optional<Instant> paidAt) {

    public static Payment start(PaymentId id, MerchantId merchant, CustomerId payer, PaymentPurpose purpose,
                                String reference, Money amount, String gateway, Instant at) {
        return new Payment(id, merchant, payer, purpose, reference, amount, gateway, PaymentStatus.PENDING,
                Optional.empty(), at, Optional.empty());
    }

    public String outTradeNo() {
        return id.outTradeNo();
    }

    /** Whether a notification's amount is this payment's, to the fen. */
    public boolean amountMatches(long amountFen) {
        return amount.minorUnits() == amountFen;
    }

    public Payment paid(String tradeNo, Instant at) {
        return new Payment(id, merchant, payer, purpose, reference, amount, gateway, PaymentStatus.PAID,
                Optional.of(tradeNo), createdAt, Optional.of(at));
    }

    /** The payment after its whole amount went back to the payer. */
    public Payment refunded() {
        return new Payment(id, merchant, payer, purpose, reference, amount, gateway, PaymentStatus.REFUNDED,
                gatewayTradeNo, createdAt, paidAt);
    }
}
