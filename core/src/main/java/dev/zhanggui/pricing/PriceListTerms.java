package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;

import java.util.List;
import java.util.Map;

/** A price list as staff enter it. */
public record PriceListTerms(String name, PriceListOwner owner, ValidityWindow validity,
                             Map<SkuId, List<QuantityBreak>> entries) {
}
