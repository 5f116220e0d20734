package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A time-limited price (限时购): one SKU at {@code price} within the window. With a per-customer cap,
 * a customer gets the price only while what they bought at it before plus the quantity in the cart
 * stays within the cap; a cart line over the cap pays its other tiers in full (no mixed line).
 */
public record FlashPrice(FlashPriceId id, MerchantId merchant, SkuId sku, Money price, ValidityWindow window,
                         OptionalInt perCustomerCap, long version) {
    public FlashPrice {
        List<FieldError> errors = new ArrayList<>();
        if (sku == null) {
            errors.add(new FieldError("sku", ErrorCode.FLASH_PRICE_INVALID, "The SKU is required"));
        }
        if (price == null || price.isNegative()) {
            errors.add(new FieldError("price", ErrorCode.FLASH_PRICE_INVALID, "The price must be zero or more"));
        }
        if (window == null || window.until().isEmpty()) {
            errors.add(new FieldError("window", ErrorCode.FLASH_PRICE_INVALID, "A time-limited price needs an end"));
        }
        if (perCustomerCap == null) {
            perCustomerCap = OptionalInt.empty();
        } else if (perCustomerCap.isPresent() && perCustomerCap.getAsInt() < 1) {
            errors.add(new FieldError("perCustomerCap", ErrorCode.FLASH_PRICE_INVALID, "A cap is 1 or more"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.FLASH_PRICE_INVALID, "The time-limited price is not valid", errors);
        }
    }

    /** Whether a customer who bought {@code alreadyBought} at this price may buy {@code quantity} more at it. */
    public boolean allows(int alreadyBought, int quantity) {
        return perCustomerCap.isEmpty() || (long) alreadyBought + quantity <= perCustomerCap.getAsInt();
    }

    public FlashPrice revised(Money newPrice, ValidityWindow newWindow, OptionalInt newCap) {
        return new FlashPrice(id, merchant, sku, newPrice, newWindow, newCap, version + 1);
    }
}
