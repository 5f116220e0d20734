package dev.zhanggui.promotion;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The types a promotion argument may have, each with its text form. Parsing throws
 * {@link IllegalArgumentException} with a message for the field error.
 */
public enum ArgumentType {
    /** A positive amount, e.g. {@code 99.00}. */
    MONEY {
        @Override
        Object parse(String text) {
            Money amount = money(text);
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("must be a positive amount");
            }
            return amount;
        }
    },
    /** A percentage off, more than 0 and below 100, at most 2 decimals, e.g. {@code 15}. */
    PERCENT {
        @Override
        Object parse(String text) {
            BigDecimal p = decimal(text);
            if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) >= 0 || p.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("must be a percentage above 0 and below 100");
            }
            return p;
        }
    },
    /** A category id. */
    CATEGORY_ID {
        @Override
        Object parse(String text) {
            try {
                return new CategoryId(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a category id");
            }
        }
    },
    /**
     * Spend tiers as {@code threshold:discount} pairs separated by commas, e.g.
     * {@code 200.00:20.00,500.00:60.00}; thresholds distinct, each discount below its threshold.
     */
    MONEY_TIERS {
        @Override
        Object parse(String text) {
            List<SpendTier> tiers = new ArrayList<>();
            for (String pair : text.split(",")) {
                String[] parts = pair.split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("must be threshold:discount pairs, e.g. 200.00:20.00");
                }
                Money threshold = money(parts[0]);
                Money discount = money(parts[1]);
                if (!discount.isPositive() || !discount.isLessThan(threshold)) {
                    throw new IllegalArgumentException("each discount must be positive and below its threshold");
                }
                tiers.add(new SpendTier(threshold, discount));
            }
            tiers.sort(Comparator.comparing(SpendTier::threshold));
            for (int i = 1; i < tiers.size(); i++) {
                if (tiers.get(i).threshold().equals(tiers.get(i - 1).threshold())) {
                    throw new IllegalArgumentException("two tiers have the threshold " + tiers.get(i).threshold());
                }
            }
            return List.copyOf(tiers);
        }
    };

    abstract Object parse(String text);

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number");
        }
    }

    private static Money money(String text) {
        try {
            return Money.of(decimal(text));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must have at most 2 decimals");
        }
    }
}
