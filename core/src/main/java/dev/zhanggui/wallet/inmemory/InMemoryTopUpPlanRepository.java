package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.TopUpPlan;
import dev.zhanggui.wallet.TopUpPlanId;
import dev.zhanggui.wallet.TopUpPlanRepository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Top-up plans in memory. */
public final class InMemoryTopUpPlanRepository implements TopUpPlanRepository {
    private final Map<TopUpPlanId, TopUpPlan> plans = new HashMap<>();

    @Override
    public synchronized void add(TopUpPlan plan) {
        plans.put(plan.id(), plan);
    }

    @Override
    public synchronized Optional<TopUpPlan> find(MerchantId merchant, TopUpPlanId id) {
        return Optional.ofNullable(plans.get(id)).filter(p -> p.merchant().equals(merchant));
    }

    @Override
    public synchronized List<TopUpPlan> list(MerchantId merchant, boolean activeOnly) {
        return plans.values().stream().filter(p -> p.merchant().equals(merchant) && (p.active() || !activeOnly))
                .sorted(Comparator.comparing(TopUpPlan::amount).thenComparing(p -> p.id().value())).toList();
    }

    @Override
    public synchronized TopUpPlan update(TopUpPlan plan) {
        TopUpPlan stored = plans.get(plan.id());
        if (stored == null || stored.version() != plan.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The plan changed meanwhile");
        }
        TopUpPlan next = new TopUpPlan(plan.id(), plan.merchant(), plan.name(), plan.amount(), plan.bonus(),
                plan.active(), plan.createdAt(), plan.version() + 1);
        plans.put(plan.id(), next);
        return next;
    }

    @Override
    public synchronized boolean delete(MerchantId merchant, TopUpPlanId id) {
        return find(merchant, id).map(p -> plans.remove(id)).isPresent();
    }
}
