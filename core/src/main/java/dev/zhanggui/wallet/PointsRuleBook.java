package dev.zhanggui.wallet;

import java.util.List;

/**
 * The merchant's points rules (积分规则) in force: the check-in rules ({@link CheckInRules}) and the
 * earning rules ({@link EarningRules}), each the defaults until the merchant sets its own.
 */
public record PointsRuleBook(List<PointsRule> checkIn, List<PointsRule> earning) {
    public PointsRuleBook {
        checkIn = List.copyOf(checkIn);
        earning = List.copyOf(earning);
    }
}
