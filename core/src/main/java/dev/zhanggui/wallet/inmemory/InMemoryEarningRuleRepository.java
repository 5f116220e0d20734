package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.EarningRuleRepository;
import dev.zhanggui.wallet.PointsRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merchants' earning rules in memory. */
public final class InMemoryEarningRuleRepository implements EarningRuleRepository {
    private final Map<MerchantId, List<PointsRule>> rules = new HashMap<>();

    @Override
    public synchronized Optional<List<PointsRule>> find(MerchantId merchant) {
        return Optional.ofNullable(rules.get(merchant));
    }

    @Override
    public synchronized void save(MerchantId merchant, List<PointsRule> list) {
        rules.put(merchant, List.copyOf(list));
    }
}
