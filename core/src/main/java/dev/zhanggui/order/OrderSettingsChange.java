package dev.zhanggui.order;

import dev.zhanggui.shared.Money;

import java.util.Optional;

/**
 * A change of the merchant's order settings as the APIs take it: every part optional, a missing
 * part keeps its current value.
 */
public record OrderSettingsChange(Optional<String> numberPrefix, Optional<Long> paymentTimeoutMinutes,
                                  Optional<Long> receiptPeriodDays, Optional<Boolean> reviewRequired,
                                  Optional<Long> pointsPerUnit, Optional<Money> pointsUnitWorth,
                                  Optional<Boolean> firstOrderMayPayOnDelivery,
                                  Optional<Boolean> returningMayPayOnDelivery,
                                  Optional<Boolean> unsettledCodBlocksNext,
                                  Optional<Integer> pointsMaxSharePercent) {
    public OrderSettingsChange {
        numberPrefix = numberPrefix == null ? Optional.empty() : numberPrefix;
        paymentTimeoutMinutes = paymentTimeoutMinutes == null ? Optional.empty() : paymentTimeoutMinutes;
        receiptPeriodDays = receiptPeriodDays == null ? Optional.empty() : receiptPeriodDays;
        reviewRequired = reviewRequired == null ? Optional.empty() : reviewRequired;
        pointsPerUnit = pointsPerUnit == null ? Optional.empty() : pointsPerUnit;
        pointsUnitWorth = pointsUnitWorth == null ? Optional.empty() : pointsUnitWorth;
        firstOrderMayPayOnDelivery = firstOrderMayPayOnDelivery == null ? Optional.empty() : firstOrderMayPayOnDelivery;
        returningMayPayOnDelivery = returningMayPayOnDelivery == null ? Optional.empty() : returningMayPayOnDelivery;
        unsettledCodBlocksNext = unsettledCodBlocksNext == null ? Optional.empty() : unsettledCodBlocksNext;
        pointsMaxSharePercent = pointsMaxSharePercent == null ? Optional.empty() : pointsMaxSharePercent;
    }

    /** The change without the points' share. */
    public OrderSettingsChange(Optional<String> numberPrefix, Optional<Long> paymentTimeoutMinutes,
                               Optional<Long> receiptPeriodDays, Optional<Boolean> reviewRequired,
                               Optional<Long> pointsPerUnit, Optional<Money> pointsUnitWorth,
                               Optional<Boolean> firstOrderMayPayOnDelivery, Optional<Boolean> returningMayPayOnDelivery,
                               Optional<Boolean> unsettledCodBlocksNext) {
        this(numberPrefix, paymentTimeoutMinutes, receiptPeriodDays, reviewRequired, pointsPerUnit, pointsUnitWorth,
                firstOrderMayPayOnDelivery, returningMayPayOnDelivery, unsettledCodBlocksNext, Optional.empty());
    }
}
