package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;

/**
 * A top-up plan (充值方案, 充值返现): pay {@code amount}, receive {@code bonus} on top, e.g. pay
 * 200.00 and get 30.00. Only active plans are offered to customers. A started top-up copies the
 * amounts, so changing or deleting a plan never changes a payment under way.
 */
public record TopUpPlan(TopUpPlanId id, MerchantId merchant, String name, Money amount, Money bonus, boolean active,
                        Instant createdAt, long version) {

    public static TopUpPlan create(TopUpPlanId id, MerchantId merchant, TopUpPlanDetails details, Instant at) {
        TopUpPlanDetails d = details.checked();
        return new TopUpPlan(id, merchant, d.name(), d.amount(), d.bonus(), d.active(), at, 0);
    }

    public TopUpPlan revise(TopUpPlanDetails details) {
        TopUpPlanDetails d = details.checked();
        return new TopUpPlan(id, merchant, d.name(), d.amount(), d.bonus(), d.active(), createdAt, version);
    }
}
