package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

/**
 * A weight-based shipping rate: {@code firstKg} for the first kilogram (首重) or less, and
 * {@code perAdditionalKg} for each further kilogram or part of one (续重).
 */
public record ShippingRate(Money firstKg, Money perAdditionalKg) {
    private static final int GRAMS_PER_KG = 1000;

    public ShippingRate {
        if (firstKg == null || firstKg.isNegative() || perAdditionalKg == null || perAdditionalKg.isNegative()) {
            throw DomainException.invalidField("rate", ErrorCode.CARRIER_INVALID,
                    "First-kilogram and additional-kilogram prices must be zero or more");
        }
    }

    /** The fee for a parcel of this weight: 2.5 kg at 10.00 + 2.00/kg is 10.00 + 2 × 2.00 = 14.00. */
    public Money feeFor(long weightGrams) {
        long beyondFirst = Math.max(0, weightGrams - GRAMS_PER_KG);
        long additionalKgs = (beyondFirst + GRAMS_PER_KG - 1) / GRAMS_PER_KG;
        return firstKg.plus(perAdditionalKg.times(additionalKgs));
    }
}
