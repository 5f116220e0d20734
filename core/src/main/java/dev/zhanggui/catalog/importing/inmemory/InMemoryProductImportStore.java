package dev.zhanggui.catalog.importing.inmemory;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.importing.ProductImportStore;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The import's view of the catalog over the ordinary product and stock ports, one product at a time. */
public final class InMemoryProductImportStore implements ProductImportStore {
    private final ProductRepository products;
    private final StockRepository stock;

    public InMemoryProductImportStore(ProductRepository products, StockRepository stock) {
        this.products = products;
        this.stock = stock;
    }

    @Override
    public Map<String, Product> lockByCodes(MerchantId merchant, Collection<String> codes) {
        Map<String, Product> found = new HashMap<>();
        codes.forEach(code -> products.findByCode(merchant, code).ifPresent(p -> found.put(code, p)));
        return found;
    }

    @Override
    public Map<String, String> skuCodeOwners(MerchantId merchant, Collection<String> skuCodes) {
        Set<String> wanted = new HashSet<>(skuCodes);
        Map<String, String> owners = new HashMap<>();
        Optional<String> after = Optional.empty();
        do {
            Page<Product> page = products.search(merchant, ProductQuery.ALL, new PageRequest(PageRequest.MAX_LIMIT,
                    after));
            for (Product product : page.items()) {
                for (Sku sku : product.skus()) {
                    if (wanted.contains(sku.code())) {
                        owners.put(sku.code(), product.code());
                    }
                }
            }
            after = page.next();
        } while (after.isPresent());
        return owners;
    }

    @Override
    public void store(List<Product> added, List<Product> changed) {
        added.forEach(products::add);
        changed.forEach(products::update);
    }

    @Override
    public void setStock(MerchantId merchant, List<StockLevel> levels, List<StockMovement> movements, Instant now) {
        for (StockLevel level : levels) {
            stock.lock(merchant, level.sku(), level.location(), now);
            stock.setOnHand(merchant, level.sku(), level.location(), level.onHand(), now);
        }
        movements.forEach(m -> stock.record(merchant, m));
    }
}
