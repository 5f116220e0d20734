package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.Set;

/** Port: which of the categories a product is put in do not exist for the merchant. */
public interface ProductCategoryCheck {
    Set<CategoryId> unknown(MerchantId merchant, Collection<CategoryId> categories);
}
