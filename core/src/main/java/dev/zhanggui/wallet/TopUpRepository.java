package dev.zhanggui.wallet;

import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.shared.MerchantId;

import java.util.Optional;

/** Port: customers' online top-ups, by the payment that pays each. */
public interface TopUpRepository {
    void add(TopUp topUp);

    Optional<TopUp> find(MerchantId merchant, PaymentId payment);
}
