package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: a merchant's top-up plans (a handful each). */
public interface TopUpPlanRepository {
    /** At most this many plans per merchant. */
    int MAX_PLANS = 100;

    void add(TopUpPlan plan);

    Optional<TopUpPlan> find(MerchantId merchant, TopUpPlanId id);

    /** The merchant's plans by amount, only the active ones if asked. */
    List<TopUpPlan> list(MerchantId merchant, boolean activeOnly);

    /** Stores a revised plan if its version is still the stored one; advances the version. */
    TopUpPlan update(TopUpPlan plan);

    boolean delete(MerchantId merchant, TopUpPlanId id);
}
