package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: the check-in rules a merchant set; empty while it uses the defaults. */
public interface PointsRuleRepository {
    Optional<List<PointsRule>> find(MerchantId merchant);

    void save(MerchantId merchant, List<PointsRule> rules);
}
