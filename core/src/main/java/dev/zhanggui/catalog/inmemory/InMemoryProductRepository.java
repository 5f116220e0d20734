package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.ProductSort;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuMatch;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Products in memory, kept as copies. Categories match directly (the in-memory catalog knows no
 * category tree); a cursor is the sort and the id of the last product seen.
 */
public final class InMemoryProductRepository implements ProductRepository {
    private final Map<ProductId, Product> products = new LinkedHashMap<>();
    private final InMemoryStockRepository stock;

    /** Without stock: a store filter finds nothing. */
    public InMemoryProductRepository() {
        this(null);
    }

    /** With the stock that a store filter consults. */
    public InMemoryProductRepository(InMemoryStockRepository stock) {
        this.stock = stock;
    }

    @Override
    public synchronized Optional<Product> find(MerchantId merchant, ProductId id) {
        return Optional.ofNullable(products.get(id)).filter(p -> p.merchant().equals(merchant)).map(Product::copy);
    }

    @Override
    public synchronized List<Product> findAll(MerchantId merchant, List<ProductId> ids) {
        return ids.stream().map(products::get).filter(p -> p != null && p.merchant().equals(merchant))
                .map(Product::copy).toList();
    }

    @Override
    public synchronized Optional<Product> findByCode(MerchantId merchant, String code) {
        return of(merchant).filter(p -> p.code().equals(code)).findFirst().map(Product::copy);
    }

    @Override
    public synchronized Optional<SkuMatch> findByBarcode(MerchantId merchant, String barcode, boolean onSaleOnly) {
        List<Product> candidates = of(merchant).filter(p -> !onSaleOnly || p.visibleToCustomers()).toList();
        return candidates.stream().flatMap(p -> p.skuWithBarcode(barcode).map(s -> new SkuMatch(p.copy(), s)).stream())
                .findFirst()
                .or(() -> candidates.stream().filter(p -> p.details().barcode().filter(barcode::equals).isPresent())
                        .findFirst().map(p -> new SkuMatch(p.copy(), p.skus().getFirst())));
    }

    @Override
    public synchronized Page<Product> search(MerchantId merchant, ProductQuery query, PageRequest page) {
        List<Product> sorted = of(merchant)
                .filter(p -> query.status().map(s -> p.status() == s).orElse(true))
                .filter(p -> query.category().map(c -> p.details().categories().contains(c)).orElse(true))
                .filter(p -> query.text().map(t -> matches(p, t)).orElse(true))
                .filter(p -> query.store().map(store -> stock != null && p.skus().stream()
                        .anyMatch(sku -> stock.stocks(merchant, store, sku.id()))).orElse(true))
                .sorted(order(query.sort()))
                .toList();
        int start = 0;
        Optional<String> after = page.afterPosition();
        if (after.isPresent()) {
            String[] parts = after.get().split("\\|");
            if (parts.length != 2 || !parts[0].equals(query.sort().name())) {
                throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
            }
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).id().toString().equals(parts[1])) {
                    start = i + 1;
                }
            }
        }
        List<Product> rows = sorted.stream().skip(start).limit(page.limit() + 1L).map(Product::copy).toList();
        return Page.fromOverfetch(rows, page.limit(), p -> query.sort().name() + "|" + p.id());
    }

    private static boolean matches(Product p, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return p.details().name().toLowerCase(Locale.ROOT).contains(t)
                || p.code().toLowerCase(Locale.ROOT).contains(t)
                || p.details().barcode().filter(b -> b.toLowerCase(Locale.ROOT).contains(t)).isPresent()
                || p.skus().stream().anyMatch(s -> s.code().equals(text) || s.barcode().filter(text::equals).isPresent());
    }

    private static Comparator<Product> order(ProductSort sort) {
        Comparator<Product> byId = Comparator.comparing(p -> p.id().value().toString());
        return switch (sort) {
            case MERCHANT -> Comparator.comparingInt((Product p) -> p.details().sortOrder()).thenComparing(byId);
            case NEWEST -> byId.reversed();
            case PRICE_ASC -> Comparator.comparing(Product::lowestPrice).thenComparing(byId);
            case PRICE_DESC -> Comparator.comparing(Product::lowestPrice).thenComparing(byId).reversed();
            case SALES -> Comparator.comparingLong(Product::salesCount).thenComparing(byId).reversed();
        };
    }

    @Override
    public synchronized void add(Product product) {
        requireFreeCodes(product);
        products.put(product.id(), product.copy());
    }

    @Override
    public synchronized void update(Product product) {
        Product stored = products.get(product.id());
        if (stored == null || stored.version() != product.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        requireFreeCodes(product);
        product.stored(product.version() + 1);
        products.put(product.id(), product.copy());
    }

    @Override
    public synchronized void remove(Product product) {
        products.remove(product.id());
    }

    private void requireFreeCodes(Product product) {
        List<Product> others = of(product.merchant()).filter(p -> !p.id().equals(product.id())).toList();
        if (others.stream().anyMatch(p -> p.code().equals(product.code()))) {
            throw DomainException.invalidField("code", ErrorCode.PRODUCT_CODE_TAKEN);
        }
        for (Sku sku : product.skus()) {
            if (others.stream().flatMap(p -> p.skus().stream()).anyMatch(s -> s.code().equals(sku.code()))) {
                throw DomainException.invalidField("skus", ErrorCode.SKU_CODE_TAKEN,
                        "A SKU with code " + sku.code() + " already exists");
            }
        }
    }

    private java.util.stream.Stream<Product> of(MerchantId merchant) {
        return products.values().stream().filter(p -> p.merchant().equals(merchant));
    }
}
