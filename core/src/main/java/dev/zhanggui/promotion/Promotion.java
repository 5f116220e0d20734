package dev.zhanggui.promotion;

import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A promotion (营销活动, no code needed): within its window and while enabled, when all its conditions
 * hold, its action applies to every cart. Conditions and action are stored as {@code {code, args}};
 * promotions of one stage apply in priority order (higher first). Immutable; changes make new values.
 */
public record Promotion(PromotionId id, MerchantId merchant, String name, ValidityWindow window,
                        List<PromotionRule> conditions, PromotionRule action, int priority, boolean enabled,
                        long version) {
    public static final int MAX_CONDITIONS = 10;

    public Promotion {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 64) {
            errors.add(new FieldError("name", ErrorCode.PROMOTION_INVALID, "A promotion name must be 1 to 64 characters"));
        }
        if (window == null) {
            errors.add(new FieldError("window", ErrorCode.PROMOTION_INVALID, "A promotion needs a window"));
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        if (conditions.size() > MAX_CONDITIONS) {
            errors.add(new FieldError("conditions", ErrorCode.PROMOTION_INVALID,
                    "A promotion has at most " + MAX_CONDITIONS + " conditions"));
        }
        if (action == null) {
            errors.add(new FieldError("action", ErrorCode.PROMOTION_INVALID, "A promotion needs an action"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.PROMOTION_INVALID, "The promotion is not valid", errors);
        }
    }

    public boolean runsAt(Instant at) {
        return enabled && window.contains(at);
    }

    public Promotion revised(String newName, ValidityWindow newWindow, List<PromotionRule> newConditions,
                             PromotionRule newAction, int newPriority) {
        return new Promotion(id, merchant, newName, newWindow, newConditions, newAction, newPriority, enabled,
                version + 1);
    }

    public Promotion enabled(boolean on) {
        return new Promotion(id, merchant, name, window, conditions, action, priority, on, version + 1);
    }
}
