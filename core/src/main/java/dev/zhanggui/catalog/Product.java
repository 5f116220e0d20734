package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A product (商品, SPU) of a merchant: its details, its specs (规格) and the SKU of every
 * combination of spec values, and its status (出售中 / 仓库中 / 下架). While it is on sale, its
 * specs and prices are locked (下架后才可编辑) unless the merchant lifted that rule.
 */
public final class Product {
    private final ProductId id;
    private final MerchantId merchant;
    private final Instant createdAt;
    private final long salesCount;
    private ProductDetails details;
    private ProductStatus status;
    private List<Spec> specs;
    private List<Sku> skus;
    private long version;

    /** Rebuilds a stored product; used by repositories only. */
    public Product(ProductId id, MerchantId merchant, ProductDetails details, ProductStatus status, List<Spec> specs,
                   List<Sku> skus, long salesCount, Instant createdAt, long version) {
        this.id = id;
        this.merchant = merchant;
        this.details = details;
        this.status = status;
        this.specs = List.copyOf(specs);
        this.skus = List.copyOf(skus);
        this.salesCount = salesCount;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new product, in the warehouse unless asked otherwise, with one SKU per spec combination. */
    public static Product create(ProductId id, MerchantId merchant, NewProduct request, Supplier<SkuId> skuIds,
                                 Instant now) {
        ProductValidation validation = new ProductValidation();
        validation.details(request.details());
        List<Sku> skus = matrix(validation, request.details().code(), request.specs(), List.of(), request.skus(),
                request.template(), skuIds);
        return new Product(id, merchant, request.details(), request.status().orElse(ProductStatus.IN_WAREHOUSE),
                request.specs(), skus, 0, now, 0);
    }

    /** Changes the details: name, code, barcode, description, images, categories, sort order. */
    public void describe(ProductDetails newDetails) {
        ProductValidation validation = new ProductValidation();
        validation.details(newDetails);
        validation.throwIfAny();
        details = newDetails;
    }

    /**
     * Revises the specs and SKUs; the matrix is rebuilt keeping the SKUs whose combination still
     * exists (see {@link SkuMatrix}). On sale, a change of specs or of any price is refused with
     * {@code PRODUCT_ON_SALE_LOCKED} unless {@code editOnSaleAllowed}.
     */
    public void reviseSkus(SkuRevision revision, boolean editOnSaleAllowed, Supplier<SkuId> skuIds) {
        List<Spec> newSpecs = revision.specs().orElse(specs);
        boolean locked = status == ProductStatus.ON_SALE && !editOnSaleAllowed;
        if (locked && !newSpecs.equals(specs)) {
            // Said before anything else: no change of specs can pass while the product is on sale.
            throw new DomainException(ErrorCode.PRODUCT_ON_SALE_LOCKED);
        }
        List<Sku> newSkus = matrix(new ProductValidation(), details.code(), newSpecs, skus, revision.skus(),
                revision.template(), skuIds);
        if (locked && touchesSpecsOrPrices(newSpecs, newSkus)) {
            throw new DomainException(ErrorCode.PRODUCT_ON_SALE_LOCKED);
        }
        specs = List.copyOf(newSpecs);
        skus = List.copyOf(newSkus);
    }

    /** Puts the product on sale (上架), into the warehouse or off shelf (下架); returns whether it moved. */
    public boolean changeStatus(ProductStatus newStatus) {
        if (newStatus == null) {
            throw DomainException.invalidField("status", ErrorCode.PRODUCT_INVALID, "A status is required");
        }
        boolean moved = status != newStatus;
        status = newStatus;
        return moved;
    }

    private boolean touchesSpecsOrPrices(List<Spec> newSpecs, List<Sku> newSkus) {
        if (!newSpecs.equals(specs) || newSkus.size() != skus.size()) {
            return true;
        }
        for (Sku after : newSkus) {
            Optional<Sku> before = sku(after.id());
            if (before.isEmpty() || after.pricedDifferentlyThan(before.get())) {
                return true;
            }
        }
        return false;
    }

    private static List<Sku> matrix(ProductValidation validation, String productCode, List<Spec> specs,
                                    List<Sku> current, List<SkuDraft> drafts, Optional<SkuDraft> template,
                                    Supplier<SkuId> skuIds) {
        validation.specs(specs);
        for (int i = 0; i < drafts.size(); i++) {
            validation.draft("skus[" + i + "]", drafts.get(i));
        }
        template.ifPresent(t -> validation.draft("skuTemplate", t));
        validation.throwIfAny();
        List<Sku> skus = SkuMatrix.rebuild(productCode, specs, current, drafts, template, skuIds, validation);
        validation.throwIfAny();
        return skus;
    }

    public boolean visibleToCustomers() {
        return status.visibleToCustomers();
    }

    /** The lowest SKU price: what a list shows as "from" and sorts by. */
    public Money lowestPrice() {
        return skus.stream().map(Sku::price).min(Comparator.naturalOrder()).orElseThrow();
    }

    public Optional<Sku> sku(SkuId skuId) {
        return skus.stream().filter(s -> s.id().equals(skuId)).findFirst();
    }

    public Optional<Sku> skuWithBarcode(String barcode) {
        return skus.stream().filter(s -> s.barcode().filter(barcode::equals).isPresent()).findFirst();
    }

    /** A copy, so that repositories never share mutable state with callers. */
    public Product copy() {
        return new Product(id, merchant, details, status, specs, skus, salesCount, createdAt, version);
    }

    /** Called by a repository after it stored this product with a new version. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    public ProductId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public ProductDetails details() {
        return details;
    }

    public String code() {
        return details.code();
    }

    public ProductStatus status() {
        return status;
    }

    public List<Spec> specs() {
        return specs;
    }

    public List<Sku> skus() {
        return skus;
    }

    public long salesCount() {
        return salesCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
