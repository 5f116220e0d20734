package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: the earning rules a merchant set; empty while it uses the defaults ({@link EarningRules#DEFAULTS}). */
public interface EarningRuleRepository {
    Optional<List<PointsRule>> find(MerchantId merchant);

    void save(MerchantId merchant, List<PointsRule> rules);
}
