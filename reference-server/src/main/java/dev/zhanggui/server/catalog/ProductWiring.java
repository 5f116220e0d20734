package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.CatalogSettings;
import dev.zhanggui.catalog.ProductCategoryCheck;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.RichTextSanitizer;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds the product use cases from the server's adapters. */
@ApplicationScoped
public class ProductWiring {

    @Produces
    @ApplicationScoped
    ProductService productService(ProductRepository products, ProductCategoryCheck categories,
                                  CatalogSettings settings, RichTextSanitizer sanitizer, Transactions transactions,
                                  IdGenerator ids, Clock clock) {
        return new ProductService(products, categories, settings, sanitizer, transactions, ids, clock);
    }
}
