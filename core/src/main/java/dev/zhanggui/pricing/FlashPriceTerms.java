package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.Money;

import java.util.OptionalInt;

/** A time-limited price as staff enter it. */
public record FlashPriceTerms(SkuId sku, Money price, ValidityWindow window, OptionalInt perCustomerCap) {
}
