package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.CatalogSettings;
import dev.zhanggui.catalog.CategoryRepository;
import dev.zhanggui.catalog.RichTextSanitizer;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StoreRepository;
import dev.zhanggui.catalog.importing.ImportJobLauncher;
import dev.zhanggui.catalog.importing.ImportJobRepository;
import dev.zhanggui.catalog.importing.ProductImportJobs;
import dev.zhanggui.catalog.importing.ProductImportService;
import dev.zhanggui.catalog.importing.ProductImportStore;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds the product import use cases from the server's adapters. */
@ApplicationScoped
public class ProductImportWiring {

    @Produces
    @ApplicationScoped
    ProductImportService productImportService(ProductImportStore catalog, CategoryRepository categories,
                                              StockRepository stock, StoreRepository stores, CatalogSettings settings,
                                              RichTextSanitizer sanitizer, Transactions transactions, IdGenerator ids,
                                              Clock clock) {
        return new ProductImportService(catalog, categories, stock, stores, settings, sanitizer, transactions, ids,
                clock);
    }

    @Produces
    @ApplicationScoped
    ProductImportJobs productImportJobs(ProductImportService imports, ImportJobRepository jobs,
                                        ImportJobLauncher launcher, Transactions transactions, IdGenerator ids,
                                        Clock clock) {
        return new ProductImportJobs(imports, jobs, launcher, transactions, ids, clock);
    }
}
