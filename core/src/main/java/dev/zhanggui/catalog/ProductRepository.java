package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Port: where a merchant's products and their SKUs are kept. Every method is confined to one merchant. */
public interface ProductRepository {
    Optional<Product> find(MerchantId merchant, ProductId id);

    /**
     * The merchant's products with these ids, in the order given; unknown ids are skipped. A
     * constant number of statements, whatever the number of ids.
     */
    List<Product> findAll(MerchantId merchant, List<ProductId> ids);

    Optional<Product> findByCode(MerchantId merchant, String code);

    /** The SKU with this barcode, or else the first SKU of the product with this barcode. */
    Optional<SkuMatch> findByBarcode(MerchantId merchant, String barcode, boolean onSaleOnly);

    /**
     * A page of products in the query's order; the cursor is a position in that order (the sort
     * key and the id), so pages stay stable while products are added or changed.
     */
    Page<Product> search(MerchantId merchant, ProductQuery query, PageRequest page);

    /**
     * Stores a new product.
     *
     * @throws dev.zhanggui.shared.DomainException {@code PRODUCT_CODE_TAKEN} or {@code SKU_CODE_TAKEN}
     */
    void add(Product product);

    /**
     * Stores a changed product if nobody changed it since it was loaded, and advances its version.
     *
     * @throws dev.zhanggui.shared.DomainException {@code VERSION_CONFLICT}, or a code taken as in {@link #add}
     */
    void update(Product product);

    void remove(Product product);
}
