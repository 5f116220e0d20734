package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.PlacementRepository;
import dev.zhanggui.catalog.PlacementService;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the featured placement use cases from the server's adapters. */
@ApplicationScoped
public class PlacementWiring {

    @Produces
    @ApplicationScoped
    PlacementService placementService(PlacementRepository placements, ProductRepository products,
                                      Transactions transactions) {
        return new PlacementService(placements, products, transactions);
    }
}
