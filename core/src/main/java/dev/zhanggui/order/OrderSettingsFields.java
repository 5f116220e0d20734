package dev.zhanggui.order;

import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the order settings the APIs receive as text and numbers, refusing bad ones with field errors. */
public final class OrderSettingsFields {
    private OrderSettingsFields() {
    }

    public static OrderSettingsChange change(String numberPrefix, Long paymentTimeoutMinutes, Long receiptPeriodDays,
                                             Boolean reviewRequired, Long pointsPerUnit, String pointsUnitWorth,
                                             Boolean firstOrderMayPayOnDelivery, Boolean returningMayPayOnDelivery,
                                             Boolean unsettledCodBlocksNext, Integer pointsMaxSharePercent) {
        return new OrderSettingsChange(Optional.ofNullable(numberPrefix), Optional.ofNullable(paymentTimeoutMinutes),
                Optional.ofNullable(receiptPeriodDays), Optional.ofNullable(reviewRequired),
                Optional.ofNullable(pointsPerUnit),
                PricingFields.money("pointsUnitWorth", pointsUnitWorth, ErrorCode.ORDER_SETTINGS_INVALID),
                Optional.ofNullable(firstOrderMayPayOnDelivery), Optional.ofNullable(returningMayPayOnDelivery),
                Optional.ofNullable(unsettledCodBlocksNext), Optional.ofNullable(pointsMaxSharePercent));
    }

    public static PaymentTerms terms(Boolean firstOrderMayPayOnDelivery, Boolean returningMayPayOnDelivery,
                                     Boolean unsettledCodBlocksNext) {
        if (firstOrderMayPayOnDelivery == null || returningMayPayOnDelivery == null || unsettledCodBlocksNext == null) {
            throw DomainException.invalidField(firstOrderMayPayOnDelivery == null ? "firstOrderMayPayOnDelivery"
                            : returningMayPayOnDelivery == null ? "returningMayPayOnDelivery" : "unsettledCodBlocksNext",
                    ErrorCode.ORDER_SETTINGS_INVALID, "Payment terms name all three rules");
        }
        return new PaymentTerms(firstOrderMayPayOnDelivery, returningMayPayOnDelivery, unsettledCodBlocksNext);
    }

    /** A day like 2026-10-01. */
    public static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, ErrorCode.ORDER_SETTINGS_INVALID, field + " is a day like 2026-10-01");
        }
    }
}
