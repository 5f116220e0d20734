package dev.zhanggui.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The merchant's points rules as one book: check-in rules and earning rules, read together and
 * replaced together. Either part may be left out of a change and stays as it is; both parts are
 * checked before anything is stored, and every problem is reported at once ({@code rules[1].args.points},
 * {@code earningRules[0].code}).
 */
public final class PointsRulesService {
    private final PointsRuleRepository checkInRules;
    private final CheckInRules checkInRegistry;
    private final EarningRuleRepository earningRules;
    private final EarningRules earningRegistry;
    private final Transactions transactions;

    public PointsRulesService(PointsRuleRepository checkInRules, CheckInRules checkInRegistry,
                              EarningRuleRepository earningRules, EarningRules earningRegistry,
                              Transactions transactions) {
        this.checkInRules = checkInRules;
        this.checkInRegistry = checkInRegistry;
        this.earningRules = earningRules;
        this.earningRegistry = earningRegistry;
        this.transactions = transactions;
    }

    /** The rules in force; anyone may read them (a storefront shows how points are earned). */
    public PointsRuleBook rules(Actor actor) {
        return transactions.inTransaction(() -> new PointsRuleBook(
                checkInRules.find(actor.merchant()).orElse(CheckInRules.DEFAULTS),
                earningRules.find(actor.merchant()).orElse(EarningRules.DEFAULTS)));
    }

    /**
     * Replaces the check-in rules, the earning rules, or both (admins and integrations); an empty
     * list turns that kind of points off. Nothing is stored unless both parts are valid.
     */
    public PointsRuleBook replace(Actor actor, Optional<List<PointsRule>> checkIn,
                                  Optional<List<PointsRule>> earning) {
        WalletInputs.requireStaff(actor);
        if (checkIn.isEmpty() && earning.isEmpty()) {
            throw DomainException.invalidField("rules", ErrorCode.POINTS_RULE_INVALID,
                    "Give the check-in rules (rules), the earning rules (earningRules), or both");
        }
        List<FieldError> errors = new ArrayList<>();
        checkIn.ifPresent(rules -> checkInRegistry.compile(rules, "rules", errors));
        earning.ifPresent(rules -> earningRegistry.compile(rules, "earningRules", errors));
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.POINTS_RULE_INVALID, "The points rules are not valid", errors);
        }
        return transactions.inTransaction(() -> {
            checkIn.ifPresent(rules -> checkInRules.save(actor.merchant(), List.copyOf(rules)));
            earning.ifPresent(rules -> earningRules.save(actor.merchant(), List.copyOf(rules)));
            return rules(actor);
        });
    }
}
