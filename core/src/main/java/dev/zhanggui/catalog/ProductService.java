package dev.zhanggui.catalog;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The product use cases (商品管理): staff create, change, list, shelve and delete products;
 * everyone browses, searches and scans, customers and anonymous callers seeing only products on
 * sale. Each method is one unit of work: load, act on the aggregate, store.
 */
public final class ProductService {
    private final ProductRepository products;
    private final ProductCategoryCheck categories;
    private final CatalogSettings settings;
    private final RichTextSanitizer sanitizer;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ProductService(ProductRepository products, ProductCategoryCheck categories, CatalogSettings settings,
                          RichTextSanitizer sanitizer, Transactions transactions, IdGenerator ids, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.settings = settings;
        this.sanitizer = sanitizer;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    // --- browsing: everyone -------------------------------------------------------------------

    public Product get(Actor actor, ProductId id) {
        return transactions.inTransaction(() -> visible(actor, products.find(actor.merchant(), id))
                .orElseThrow(() -> notFound(id.toString())));
    }

    public Product getByCode(Actor actor, String code) {
        return transactions.inTransaction(() -> visible(actor, products.findByCode(actor.merchant(), code))
                .orElseThrow(() -> notFound(code)));
    }

    /** Customers and anonymous callers see products on sale only, whatever status they ask for. */
    public Page<Product> search(Actor actor, ProductQuery query, PageRequest page) {
        ProductQuery effective = actor.actsForMerchant() ? query : query.withStatus(ProductStatus.ON_SALE);
        return transactions.inTransaction(() -> products.search(actor.merchant(), effective, page));
    }

    /** Scan-and-go (扫码): the SKU with this barcode, or the product's first SKU by product barcode. */
    public SkuMatch scan(Actor actor, String barcode) {
        String wanted = barcode == null ? "" : barcode.strip();
        if (wanted.isEmpty()) {
            throw DomainException.invalidField("barcode", ErrorCode.SKU_INVALID, "A barcode is required");
        }
        return transactions.inTransaction(() -> products.findByBarcode(actor.merchant(), wanted,
                        !actor.actsForMerchant()))
                .orElseThrow(() -> new DomainException(ErrorCode.SKU_NOT_FOUND, "No SKU with barcode " + wanted));
    }

    // --- keeping the catalog: staff -----------------------------------------------------------

    public Product create(Actor actor, NewProduct request) {
        requireStaff(actor);
        NewProduct sanitized = new NewProduct(sanitize(request.details()), request.status(), request.specs(),
                request.skus(), request.template());
        return transactions.inTransaction(() -> {
            requireKnownCategories(actor, sanitized.details().categories());
            Product product = Product.create(new ProductId(ids.newId()), actor.merchant(), sanitized, this::newSkuId,
                    clock.instant());
            products.add(product);
            return product;
        });
    }

    /** Changes details and, through {@link ProductChange#skus()}, specs and SKUs (locked while on sale). */
    public Product update(Actor actor, ProductId id, ProductChange change, Optional<Long> expectedVersion) {
        ProductChange sanitized = new ProductChange(change.code(), change.name(), change.barcode(),
                change.description().map(d -> d.isBlank() ? "" : sanitizer.sanitize(d)), change.images(),
                change.categories(), change.sortOrder(), change.skus());
        return change(actor, id, expectedVersion, product -> {
            sanitized.categories().ifPresent(c -> requireKnownCategories(actor, c));
            product.describe(sanitized.applyTo(product.details()));
            sanitized.skus().ifPresent(revision -> product.reviseSkus(revision,
                    settings.allowEditOnSale(actor.merchant()), this::newSkuId));
        });
    }

    public Product changeStatus(Actor actor, ProductId id, ProductStatus status, Optional<Long> expectedVersion) {
        return change(actor, id, expectedVersion, product -> product.changeStatus(status));
    }

    public void delete(Actor actor, ProductId id, Optional<Long> expectedVersion) {
        requireStaff(actor);
        transactions.run(() -> {
            Product product = load(actor, id);
            VersionCheck.require(expectedVersion, product.version());
            products.remove(product);
        });
    }

    // --- the unit of work ---------------------------------------------------------------------

    private Product change(Actor actor, ProductId id, Optional<Long> expectedVersion, Consumer<Product> change) {
        requireStaff(actor);
        return transactions.inTransaction(() -> {
            Product product = load(actor, id);
            VersionCheck.require(expectedVersion, product.version());
            change.accept(product);
            products.update(product);
            return product;
        });
    }

    private Product load(Actor actor, ProductId id) {
        return products.find(actor.merchant(), id).orElseThrow(() -> notFound(id.toString()));
    }

    private static Optional<Product> visible(Actor actor, Optional<Product> product) {
        return product.filter(p -> actor.actsForMerchant() || p.visibleToCustomers());
    }

    private ProductDetails sanitize(ProductDetails d) {
        return new ProductDetails(d.code(), d.name(), d.barcode(), d.description().map(sanitizer::sanitize),
                d.images(), d.categories(), d.sortOrder());
    }

    private void requireKnownCategories(Actor actor, Collection<CategoryId> wanted) {
        Set<CategoryId> unknown = wanted.isEmpty() ? Set.of() : categories.unknown(actor.merchant(), wanted);
        if (!unknown.isEmpty()) {
            List<FieldError> errors = unknown.stream().map(c -> new FieldError("categories",
                    ErrorCode.CATEGORY_NOT_FOUND, "No category " + c)).toList();
            throw new DomainException(ErrorCode.PRODUCT_INVALID, "No category " + unknown, errors);
        }
    }

    private SkuId newSkuId() {
        return new SkuId(ids.newId());
    }

    private static DomainException notFound(String which) {
        return new DomainException(ErrorCode.PRODUCT_NOT_FOUND, "No product " + which);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
