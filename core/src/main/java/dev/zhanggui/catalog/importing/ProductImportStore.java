package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the catalog as a bulk import sees it. Reads and writes many products in a few statements
 * (a 10,000-row file must import in seconds), inside the caller's unit of work.
 */
public interface ProductImportStore {
    /**
     * The merchant's products with these codes, by code, locked until the unit of work ends so that
     * no edit slips in between the check of the file and its import.
     */
    Map<String, Product> lockByCodes(MerchantId merchant, Collection<String> codes);

    /** Of these SKU codes, the ones some product of the merchant holds: SKU code to product code. */
    Map<String, String> skuCodeOwners(MerchantId merchant, Collection<String> skuCodes);

    /**
     * Stores new products and changes of products locked with {@link #lockByCodes}, advancing the
     * version of each changed one; SKUs a changed product no longer has are removed first.
     */
    void store(List<Product> added, List<Product> changed);

    /** Sets the stock levels (creating missing ones) and appends their movements. */
    void setStock(MerchantId merchant, List<StockLevel> levels, List<StockMovement> movements,
                  java.time.Instant now);
}
