package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * A customer's online top-up (在线充值): the payment that pays it, the plan it followed (if any),
 * and what is credited once it is paid: the principal (what was paid) and the bonus (返现).
 */
public record TopUp(PaymentId payment, MerchantId merchant, CustomerId customer, Optional<TopUpPlanId> plan,
                    Money principal, Money bonus, Instant createdAt) {
}
