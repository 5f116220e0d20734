package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

import java.util.Optional;

/** Whether a condition holds; when it does not for want of spend, how much is still missing. */
public record ConditionOutcome(boolean holds, Optional<Money> missing) {
    private static final ConditionOutcome HOLDS = new ConditionOutcome(true, Optional.empty());
    private static final ConditionOutcome NOT_MET = new ConditionOutcome(false, Optional.empty());

    public static ConditionOutcome holdsNow() {
        return HOLDS;
    }

    public static ConditionOutcome notMet() {
        return NOT_MET;
    }

    public static ConditionOutcome missing(Money missing) {
        return new ConditionOutcome(false, Optional.of(missing));
    }
}
